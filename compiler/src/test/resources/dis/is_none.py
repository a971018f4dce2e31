if a is None:
    pass
if a is not None:
    b = 1
c = a is b
