r = a < b < c
if 1 < x <= 10 != y:
    pass
