# close() on a delegating generator closes the whole chain, innermost first.
def level(name, child=None):
    try:
        if child is None:
            yield f"{name} leaf"
            yield f"{name} leaf again"
        else:
            yield from child
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


g = level("top", level("mid", level("low")))
print(next(g))
print("closing")
g.close()
print("closed; next gives", next(g, "exhausted"))


class Closable:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def close(self):
        print("  Closable.close called")


def uses():
    try:
        yield from Closable()
    finally:
        print("  uses: finally")


g = uses()
print(next(g), next(g))
g.close()


class BadClose(Closable):
    def close(self):
        raise ValueError("close failed")


def uses_bad():
    try:
        yield from BadClose()
    finally:
        print("  uses_bad: finally")


g = uses_bad()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e))


class NoClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 0


def uses_noclose():
    try:
        yield from NoClose()
    except GeneratorExit:
        print("  GeneratorExit still reaches the delegator")
        raise


g = uses_noclose()
next(g)
g.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  inner returns instead of re-raising")
        return "ignored value"


def outer_of_returning():
    r = yield from returns_on_exit()
    print("  outer resumed with", r)
    yield "must not happen"


g = outer_of_returning()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    print("close() finished quietly")
