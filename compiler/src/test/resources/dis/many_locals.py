def f(a):
    if a:
        b = 1
    return b
def g():
    x = 1
    del x
    return x
