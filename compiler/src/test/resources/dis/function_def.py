def f(a, b=2, *args, c, d=4, **kw):
    "docstring"
    return a + b
def g():
    pass
def h(x):
    return
