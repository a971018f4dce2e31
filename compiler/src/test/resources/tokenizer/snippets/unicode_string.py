s = 'héllo wörld €𝄞'
