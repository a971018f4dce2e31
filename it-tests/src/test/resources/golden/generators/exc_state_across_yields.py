# sys.exception() and implicit exception context across yields: each generator keeps its own.
import sys


def handler_gen():
    print("  gen start, sys.exception():", repr(sys.exception()))
    try:
        raise KeyError("gen-key")
    except KeyError:
        print("  in gen handler:", repr(sys.exception()))
        yield "suspended in handler"
        print("  resumed in gen handler:", repr(sys.exception()))
        try:
            raise IndexError("inner")
        except IndexError as e:
            print("  IndexError context:", repr(e.__context__))
        yield "second"
    print("  after handler:", repr(sys.exception()))
    yield "third"


g = handler_gen()
print("outside before:", repr(sys.exception()))
print(next(g))
print("outside while gen suspended:", repr(sys.exception()))
try:
    raise ValueError("caller-value")
except ValueError:
    print("caller handler:", repr(sys.exception()))
    print(next(g))
    print("caller handler again:", repr(sys.exception()))
print(next(g))
print("outside after:", repr(sys.exception()))


def raises_plain():
    yield 1
    raise TypeError("from generator")


g = raises_plain()
next(g)
try:
    raise OSError("caller context")
except OSError:
    try:
        next(g)
    except TypeError as e:
        print("TypeError context picked up from the caller:", repr(e.__context__))


def context_from_throw():
    try:
        yield
    except RuntimeError as e:
        print("  thrown:", repr(e), "context:", repr(e.__context__))
        raise ValueError("wrapped")


g = context_from_throw()
next(g)
try:
    g.throw(RuntimeError("thrown in"))
except ValueError as e:
    print("ValueError context:", repr(e.__context__), "| its context:", repr(e.__context__.__context__))

g = context_from_throw()
next(g)
try:
    try:
        raise LookupError("active in caller")
    except LookupError:
        g.throw(RuntimeError("thrown during handling"))
except ValueError as e:
    print("chain:", repr(e.__context__), "<-", repr(e.__context__.__context__))


def reraises():
    try:
        yield
    except Exception:
        yield "caught"
        raise


g = reraises()
next(g)
print(g.throw(ZeroDivisionError("z")))
try:
    next(g)
except ZeroDivisionError as e:
    print("bare raise after yield re-raises:", repr(e))
