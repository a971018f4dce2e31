# yield inside with blocks: __exit__ sees what happens while suspended and after resuming.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  [{self.name}] enter")
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        what = "ok" if typ is None else f"{typ.__name__}({val})"
        print(f"  [{self.name}] exit: {what}, suppress={self.suppress}")
        return self.suppress


def stream():
    with Tracker("a") as a, Tracker("b") as b:
        yield a
        yield b
    yield "after with"


print(list(stream()))


def suppressing():
    with Tracker("s", suppress=True):
        yield 1
        raise ValueError("suppressed")
    yield "continues after suppression"


print(list(suppressing()))

g = suppressing()
next(g)
print("throw into with:", g.throw(KeyError("thrown")))
print(next(g, "end"))


def nested_generators():
    with Tracker("outer"):
        yield from inner_gen()


def inner_gen():
    with Tracker("inner"):
        yield "x"
        yield "y"


print(list(nested_generators()))

g = nested_generators()
print(next(g))
print("closing nested generator")
g.close()
print("a generator suspended inside a with, interleaved with the caller's with:")

inner = inner_gen()
outer_items = []
with Tracker("manual"):
    outer_items.append(next(inner))
    print("  suspended inside inner's with")
outer_items.append(next(inner))
print(outer_items, next(inner, "done"))


class Counting:
    entered = 0

    def __enter__(self):
        Counting.entered += 1
        return Counting.entered

    def __exit__(self, *exc):
        return None


def many():
    for _ in range(3):
        with Counting() as n:
            yield n


print(list(many()))
