s = "a" "b"
t = "x" + "y"
u = b"by" * 2
