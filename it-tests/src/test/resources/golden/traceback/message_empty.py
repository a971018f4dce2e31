# An empty str() prints the class name without a colon.
def f():
    raise ValueError("")


try:
    f()
except ValueError as e:
    print(repr(str(e)))
raise NotImplementedError
