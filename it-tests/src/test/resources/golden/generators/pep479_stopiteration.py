# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaks_next():
    it = iter([1, 2])
    while True:
        yield next(it)


try:
    print(list(leaks_next()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("  cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
    print("  context is cause:", e.__context__ is e.__cause__)


def raises_directly():
    yield "one"
    raise StopIteration("explicit")


g = raises_directly()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)
print("generator finished:", next(g, "yes"))


class MyStop(StopIteration):
    pass


def raises_subclass():
    raise MyStop
    yield


try:
    next(raises_subclass())
except RuntimeError as e:
    print("subclass too:", e, type(e.__cause__).__name__)


def handled_inside():
    it = iter("ab")
    while True:
        try:
            value = next(it)
        except StopIteration:
            print("  handled inside, returning")
            return "clean"
        yield value


g = handled_inside()
print(list(g))


def returns_value():
    yield 1
    return "r"


def stop_in_genexp():
    return list(next(iter([])) for _ in range(3))


try:
    stop_in_genexp()
except RuntimeError as e:
    print("genexp:", e)


def list_comprehension_is_not_a_generator():
    return [next(iter([])) for _ in range(3)]


try:
    list_comprehension_is_not_a_generator()
except StopIteration as e:
    print("list comprehension lets StopIteration through:", type(e).__name__)


def other_exceptions_unchanged():
    yield 1
    raise KeyError("k")


try:
    list(other_exceptions_unchanged())
except KeyError as e:
    print("KeyError stays KeyError:", e)


def thrown_stopiteration():
    yield 1


g = thrown_stopiteration()
next(g)
try:
    g.throw(StopIteration("thrown in"))
except RuntimeError as e:
    print("thrown StopIteration:", e, e.__cause__.args)


def in_yield_from():
    yield from leaks_next()


try:
    list(in_yield_from())
except RuntimeError as e:
    print("through yield from:", e)
