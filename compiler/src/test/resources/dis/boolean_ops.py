r = a and b or c
if not (a or b) and c:
    pass
s = not a
