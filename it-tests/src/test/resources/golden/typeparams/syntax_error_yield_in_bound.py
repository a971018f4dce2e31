# yield is not allowed in a TypeVar bound.
def gen():
    def f[T: (yield)]():
        pass
    yield f


print("never printed")
