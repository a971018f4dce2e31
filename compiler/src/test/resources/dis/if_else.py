if a:
    b = 1
elif c:
    b = 2
else:
    b = 3
