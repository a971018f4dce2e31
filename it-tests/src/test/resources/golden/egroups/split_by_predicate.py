# split() and subgroup() with a predicate: called on groups and leaves, truthiness, errors.
calls = []


def pred(e):
    calls.append(repr(e) if not isinstance(e, BaseExceptionGroup) else "group " + e.message)
    return isinstance(e, ValueError) and e.args[0] > 1


eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), TypeError(3)]), ValueError(5)])
print(eg.split(pred))
print(calls)
calls.clear()
print(eg.subgroup(pred))
print(calls)

print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup)))
print(eg.split(lambda e: False))
print(eg.split(lambda e: e is eg))
print(eg.split(lambda e: e.args and e.args[0] == 3))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called", self.v)
        return self.v


print(eg.subgroup(lambda e: Truthy(isinstance(e, TypeError))))
print(eg.split(lambda e: [] if isinstance(e, ValueError) else [1]))


def boom(e):
    if isinstance(e, TypeError):
        raise RuntimeError("predicate failed on " + repr(e))
    return False


try:
    eg.split(boom)
except RuntimeError as e:
    print(type(e).__name__, e)


class Matcher:
    def __call__(self, e):
        return isinstance(e, TypeError)


for matcher in (Matcher(), Matcher().__call__, print, len, Truthy, staticmethod(pred)):
    try:
        print(eg.split(matcher))
    except TypeError as e:
        print(type(matcher).__name__, "->", e)
