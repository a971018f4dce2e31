# close(): finally blocks run, with blocks exit, GeneratorExit is visible and re-raised.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, typ, val, tb):
        print(f"  exit {self.name} with {None if typ is None else typ.__name__}")
        return False


def worker():
    with Resource("outer"):
        try:
            with Resource("inner"):
                for i in range(10):
                    yield i
        finally:
            print("  worker finally")


g = worker()
print(next(g), next(g))
print("close ->", g.close())
print("close again ->", g.close())

g = worker()
print("close before start ->", g.close())
print("next after close:", next(g, "nothing"))

g = worker()
print("exhausted:", list(g))
print("close after exhaustion ->", g.close())


def sees_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("  saw", type(e).__name__, e.args, isinstance(e, Exception), isinstance(e, BaseException))
        raise


g = sees_exit()
next(g)
g.close()


def except_exception_does_not_catch():
    try:
        yield 1
    except Exception:
        print("  never printed")
    finally:
        print("  finally after GeneratorExit")


g = except_exception_does_not_catch()
next(g)
g.close()


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close propagated", repr(e), "context:", type(e.__context__).__name__)


def returns_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"


g = returns_in_finally()
next(g)
print("close with return in finally ->", g.close())


def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on close")
        return 99


g = catches_and_returns()
next(g)
print("3.12 close() returns", g.close())
