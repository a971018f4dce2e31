def f(a, *, b=1, c, d=x):
    return a, b, c, d
def g(x, /, y=2):
    return x + y
