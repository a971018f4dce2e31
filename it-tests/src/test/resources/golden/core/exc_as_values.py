# Exceptions are ordinary objects: stored, compared, raised later, given attributes.

errors = []
for text in ("1", "two", "3", "", "4x"):
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print(errors[0] == errors[0], ValueError("x") == ValueError("x"), ValueError("x").args == ValueError("x").args)
print(type(errors[0]) is ValueError, isinstance(errors[1], Exception))
try:
    raise errors[-1]
except ValueError as e:
    print("raised later:", e, e is errors[-1])
factories = [KeyError, IndexError, lambda msg: ValueError(msg.upper())]
for make in factories:
    try:
        raise make("made by factory")
    except Exception as e:
        print(type(e).__name__, e)
e = RuntimeError("with attributes")
e.code = 42
e.details = {"retry": True}
print(e.code, e.details, vars(e), e.args)
e.args = ("new", "args")
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
lookup = {ValueError: "bad value", KeyError: "missing key", Exception: "something else"}


def explain(exc):
    for cls in type(exc).__mro__:
        if cls in lookup:
            return lookup[cls]
    return "unknown"


print([explain(x) for x in (ValueError(), KeyError(), UnicodeDecodeError("a", b"", 0, 0, "r"), OSError(), BaseException())])
print(sorted([type(x).__name__ for x in (ZeroDivisionError(), KeyError(), AttributeError())]))
print(BaseException("a", "b").args, Exception(*range(3)).args, str(Exception([])), hash(e) == hash(e))
