# __cause__ and __context__ involving groups: raise from a group, groups raised while handling,
# and the contexts set on exceptions raised inside except* handlers.
def describe(e, depth=0):
    pad = "  " * depth
    print(f"{pad}{type(e).__name__}: {e}")
    if e.__cause__ is not None:
        print(f"{pad}  cause:")
        describe(e.__cause__, depth + 2)
    elif e.__context__ is not None and not e.__suppress_context__:
        print(f"{pad}  context:")
        describe(e.__context__, depth + 2)


try:
    try:
        raise ExceptionGroup("low level", [OSError("disk"), OSError("network")])
    except ExceptionGroup as eg:
        raise RuntimeError("operation failed") from eg
except RuntimeError as e:
    describe(e)

print("--")
try:
    try:
        raise KeyError("config missing")
    except KeyError:
        raise ExceptionGroup("startup", [ValueError("port"), ValueError("host")])
except ExceptionGroup as e:
    describe(e)

print("--")
try:
    try:
        raise ExceptionGroup("inputs", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise IndexError("from the ValueError handler")
    except* TypeError:
        raise LookupError("from the TypeError handler")
except ExceptionGroup as e:
    describe(e)
    for sub in e.exceptions:
        print("  sub", type(sub).__name__, "context:", repr(sub.__context__))

print("--")
try:
    try:
        raise ExceptionGroup("quiet", [ValueError("v")])
    except* ValueError:
        raise ZeroDivisionError("suppressed context") from None
except ZeroDivisionError as e:
    print(repr(e), "suppress:", e.__suppress_context__, "context kept:", repr(e.__context__))

print("--")
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise ExceptionGroup("grouping the handled one", [first, KeyError("second")])
except ExceptionGroup as e:
    print("member is the same object:", e.exceptions[0] is first if "first" in dir() else "name cleared")
    print("group context is the member:", e.__context__ is e.exceptions[0])
