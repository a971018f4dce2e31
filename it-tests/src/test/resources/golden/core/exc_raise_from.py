# Explicit chaining: raise ... from cause sets __cause__ and __suppress_context__; from None hides context.

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e


try:
    parse("abc")
except RuntimeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)


def hide(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}") from None


try:
    hide("x")
except LookupError as e:
    print("error:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)


def from_class():
    raise ValueError("effect") from KeyError


try:
    from_class()
except ValueError as e:
    print("cause from a class:", repr(e.__cause__), type(e.__cause__).__name__, e.__context__)


def cause_outside_handler():
    raise TypeError("new") from OSError("unrelated cause")


try:
    cause_outside_handler()
except TypeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__, repr(err.__cause__))
err.__suppress_context__ = False
print(err.__suppress_context__)
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError:", e)


def chain(n):
    try:
        if n == 0:
            raise ValueError("root")
        chain(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e


try:
    chain(3)
except RuntimeError as e:
    links = []
    cur = e
    while cur is not None:
        links.append(str(cur))
        cur = cur.__cause__
    print(" <- ".join(links))
