# Errors raised in except, else and finally blocks, and how the chains look.
import sys

def describe(e):
    parts = []
    while e is not None:
        link = "cause" if e.__cause__ is not None else "context"
        parts.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
        if e is not None:
            parts.append(f"--{link}-->")
    return " ".join(parts)


def in_except():
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)


def in_else():
    try:
        pass
    except ValueError:
        pass
    else:
        raise IndexError(3)


def in_finally_after_except():
    try:
        raise ValueError(4)
    except ValueError:
        raise TypeError(5)
    finally:
        raise RuntimeError(6)


def typo_in_handler():
    try:
        {}["x"]
    except KeyError:
        return undefined_variable


def explicit_in_handler():
    try:
        int("z")
    except ValueError as e:
        raise LookupError(7) from e


def suppressed_in_handler():
    try:
        int("z")
    except ValueError:
        raise LookupError(8) from None


for fn in (in_except, in_else, in_finally_after_except, typo_in_handler, explicit_in_handler, suppressed_in_handler):
    try:
        fn()
    except Exception as e:
        print(f"{fn.__name__:<24} {describe(e)}")


def handled_inside_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return "inner error handled; outer still active: " + repr(current_exception())


def current_exception():
    return sys.exc_info()[1]


print(handled_inside_handler())
