del a, b.c, d[1]
def f():
    x = 1
    del x
