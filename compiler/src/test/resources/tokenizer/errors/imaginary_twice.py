5jj
