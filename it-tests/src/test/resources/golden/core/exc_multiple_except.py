# Several except clauses: tuples of classes, first matching clause wins, and order mistakes.

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup ({type(e).__name__})"
    except (ValueError, TypeError):
        return "bad value or type"
    except ArithmeticError:
        return "arithmetic"
    except Exception:
        return "other exception"


for exc in (KeyError(), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), RuntimeError(), UnicodeError()):
    print(type(exc).__name__, "->", classify(exc))


def wrong_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause (catches KeyError first)"
    except KeyError:
        return "KeyError clause (unreachable)"


print(wrong_order(KeyError()))
handlers = (ValueError, ZeroDivisionError)
try:
    1 / 0
except handlers as e:
    print("caught via a tuple variable:", type(e).__name__)
nested = (KeyError, (ValueError, (TypeError,)))
try:
    try:
        raise TypeError("deep")
    except nested as e:
        print("not reached: nested tuples are rejected in except clauses")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("y")
    except (ValueError, 5) as e:
        print("match happened before the bad entry was checked:", e)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("z")
    except (ValueError, 5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
