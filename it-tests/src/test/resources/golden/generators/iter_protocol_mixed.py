# Generators mixed with hand-written iterator classes, __getitem__ sequences and iter(callable, sentinel).
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Squares:
    """Old-style sequence protocol: iteration stops at IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield f"<{item}>"


def doubled(iterable):
    for x in iterable:
        yield x * 2


print(list(doubled(Countdown(4))))
print(list(doubled(Squares(5))))
print(list(doubled(Bag("a", "b"))))
print(list(Bag(1, 2, 3)))

it = iter(Bag("x", "y"))
print(type(it).__name__, next(it), next(it), next(it, "end"))

state = {"n": 0}


def tick():
    state["n"] += 1
    return state["n"]


print(list(doubled(iter(tick, 5))))


def pairs(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            x = next(ia)
            y = next(ib)
        except StopIteration:
            return
        yield x, y


print(list(pairs(Countdown(3), Squares(10))))
print(list(pairs("abc", doubled(range(100)))))


class GenIterable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return (i for i in range(self.n))


g = GenIterable(3)
print(list(g), list(g), sum(g))


class Broken:
    def __iter__(self):
        return 42


def over(iterable):
    yield from iterable


try:
    list(over(Broken()))
except TypeError as e:
    print("TypeError:", e)
try:
    list(over(7))
except TypeError as e:
    print("TypeError:", e)


class NextRaises:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("from __next__")


try:
    list(doubled(NextRaises()))
except KeyError as e:
    print("KeyError passes through:", e)

print(list(zip(Countdown(3), doubled(Countdown(5)), Bag(1, 2, 3, 4))))
print(list(map(lambda p: p[0] + p[1], pairs(Squares(4), Countdown(4)))))
print(dict(pairs("abc", Countdown(10))))
print(list(enumerate(doubled(Bag("q")), start=10)))
print(sorted(doubled(Countdown(5)), reverse=True))
a, b, *rest = doubled(Squares(6))
print(a, b, rest)
