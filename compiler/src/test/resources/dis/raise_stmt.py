def f():
    raise
def g():
    raise ValueError("x") from None
raise TypeError
