# split() and subgroup() with exception types and tuples of types; the nesting structure is kept.
def show(g, indent=""):
    if g is None:
        print(indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(f"{indent}{type(g).__name__}({g.message!r})")
        for e in g.exceptions:
            show(e, indent + "  ")
    else:
        print(f"{indent}{type(g).__name__}({', '.join(map(repr, g.args))})")


eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("middle", [ValueError("v2"), KeyError("k1"), ExceptionGroup("deep", [TypeError("t2")])]),
    OSError("o1"),
])

for spec in (ValueError, TypeError, (ValueError, TypeError), LookupError, OSError, Exception, ZeroDivisionError):
    match_, rest = eg.split(spec)
    name = spec.__name__ if isinstance(spec, type) else tuple(t.__name__ for t in spec)
    print("== split", name)
    print("match:")
    show(match_, "  ")
    print("rest:")
    show(rest, "  ")

print("== subgroup(KeyError)")
show(eg.subgroup(KeyError))
print("== subgroup(ExceptionGroup) matches the whole group:", eg.subgroup(ExceptionGroup) is eg)
m, r = eg.split(ExceptionGroup)
print("split(ExceptionGroup):", m is eg, r)
print("== subgroup(Exception) returns the same object:", eg.subgroup(Exception) is eg)
m, r = eg.split(BaseException)
print("split(BaseException):", m is eg, r)

try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.subgroup((ValueError, "x"))
except TypeError as e:
    print("TypeError:", e)
