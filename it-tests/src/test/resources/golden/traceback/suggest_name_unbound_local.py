# UnboundLocalError is a subclass of NameError: CPython offers no suggestion for it.
def f():
    valuee = 1
    print(value)
    value = 2


f()
