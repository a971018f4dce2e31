# throw() on a delegating generator goes to the subgenerator first.
class Boom(Exception):
    pass


def inner(handle):
    try:
        yield "inner-1"
        yield "inner-2"
    except Boom as e:
        print("  inner caught", repr(e))
        if not handle:
            raise
        yield "inner-recovered"
    return "inner-ret"


def outer(handle):
    try:
        r = yield from inner(handle)
        print("  outer: inner returned", r)
        yield "outer-after"
    except Boom as e:
        print("  outer caught", repr(e))
        yield "outer-recovered"


for handle in (True, False):
    print("handle =", handle)
    g = outer(handle)
    print(next(g))
    print(g.throw(Boom("x")))
    print(list(g))


def plain():
    yield from range(3)


g = plain()
print(next(g))
try:
    g.throw(ValueError("into a range"))
except ValueError as e:
    print("range iterator has no throw ->", repr(e))
print(list(g))


class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return "t"

    def throw(self, *args):
        print("  Thrower.throw got", len(args), "arg(s):", type(args[0]).__name__)
        return "handled-by-Thrower"


def d():
    yield from Thrower()


g = d()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()


def chain(depth):
    if depth == 0:
        try:
            yield "bottom"
        except ZeroDivisionError:
            print("  bottom caught ZeroDivisionError")
            return "from-bottom"
    else:
        r = yield from chain(depth - 1)
        print(f"  level {depth} got {r}")
        return r + f"<{depth}"


g = chain(4)
print(next(g))
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("chain returned", e.value)
