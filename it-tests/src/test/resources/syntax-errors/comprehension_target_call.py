y = [1 for f() in x]
