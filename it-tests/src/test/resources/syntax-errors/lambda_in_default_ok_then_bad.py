def f(a=lambda: 1, b):
    pass
