# Implicit chaining: an exception raised while handling another gets it as __context__.

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, "suppress:", e.__suppress_context__)


def handler_fails():
    try:
        {}["missing"]
    except KeyError as first:
        try:
            int("bad")
        except ValueError as second:
            raise TypeError("third")


try:
    handler_fails()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))


def finally_raises():
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")


try:
    finally_raises()
except KeyError as e:
    print("finally:", repr(e), "context:", repr(e.__context__))


def handled_then_new():
    try:
        raise ValueError("handled completely")
    except ValueError:
        pass
    raise RuntimeError("after the handler")


try:
    handled_then_new()
except RuntimeError as e:
    print("no context after handler finished:", e.__context__)


def same_exception_twice():
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        raise err


try:
    same_exception_twice()
except ValueError as e:
    print("no self-loop:", e.__context__)


def context_cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as e:
            return e


e = context_cycle()
print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
