# send() goes through `yield from` straight to the innermost generator.
def echo(tag):
    received = []
    while True:
        x = yield f"{tag}:{len(received)}"
        if x is None:
            print(f"  {tag} got None, stopping")
            return received
        print(f"  {tag} received {x!r}")
        received.append(x)


def middle():
    first = yield from echo("inner1")
    print("  middle: first batch", first)
    second = yield from echo("inner2")
    print("  middle: second batch", second)
    return len(first) + len(second)


def top():
    n = yield from middle()
    print("  top: total", n)
    yield "top-final"


g = top()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
print(g.send(1))
print(g.send(None))
try:
    g.send("late")
except StopIteration:
    print("top exhausted")


class Sink:
    """An iterator without send(): `yield from` uses __next__ for None, fails otherwise."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n * 100)
        return self.n


def delegate():
    r = yield from Sink()
    print("  Sink returned", r)


g = delegate()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)


class WithSend(Sink):
    def send(self, value):
        print("  WithSend.send", value)
        return f"sent-{value}"


def delegate2():
    r = yield from WithSend()
    return r


g = delegate2()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("delegate2 returned", e.value)
