# Building exception chains by hand and walking them the way the traceback printer does.

def walk(exc):
    seen = set()
    out = []
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if exc.__cause__ is not None:
            out.append(f"{type(exc).__name__}: {exc} [caused by]")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            out.append(f"{type(exc).__name__}: {exc} [during handling of]")
            exc = exc.__context__
        else:
            out.append(f"{type(exc).__name__}: {exc}")
            exc = None
    return out


a = ValueError("a")
b = KeyError("b")
c = RuntimeError("c")
c.__context__ = b
b.__cause__ = a
print(walk(c))
c.__suppress_context__ = True
print(walk(c))
c.__suppress_context__ = False
c.__cause__ = None
print(walk(c), c.__suppress_context__)
c.__cause__ = a
print(c.__suppress_context__, walk(c))
c.__cause__ = None
print(c.__suppress_context__, "(setting __cause__ sets __suppress_context__, clearing it does not reset it)")
x = TypeError("x")
y = TypeError("y")
x.__context__ = y
y.__context__ = x
print(walk(x))
try:
    x.__context__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise a
    except ValueError:
        raise c
except RuntimeError as e:
    print("raising c inside a handler resets its context:", repr(e.__context__))
