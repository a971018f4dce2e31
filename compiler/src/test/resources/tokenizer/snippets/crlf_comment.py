# c
x  # d
