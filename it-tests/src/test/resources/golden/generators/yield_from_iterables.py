# `yield from` over every kind of iterable, and what each one returns.
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return f"seq{i}"
        raise IndexError


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("It-result")
        return f"it{self.n}"


def from_all():
    r = yield from {"b": 1, "a": 2}
    print("  dict ->", r)
    r = yield from {"x": 1}.items()
    print("  items ->", r)
    r = yield from {3, 1, 2}
    print("  set ->", r)
    r = yield from b"AB"
    print("  bytes ->", r)
    r = yield from bytearray(b"\x00\xff")
    print("  bytearray ->", r)
    r = yield from (1.5, "t")
    print("  tuple ->", r)
    r = yield from "h\u00e9"
    print("  str ->", r)
    r = yield from Seq()
    print("  __getitem__ ->", r)
    r = yield from It()
    print("  iterator with StopIteration value ->", r)
    r = yield from reversed([1, 2])
    print("  reversed ->", r)
    r = yield from enumerate("ab")
    print("  enumerate ->", r)
    r = yield from zip("xy", range(5))
    print("  zip ->", r)
    r = yield from map(abs, [-1, -2])
    print("  map ->", r)
    r = yield from filter(str.isupper, "aBcD")
    print("  filter ->", r)
    r = yield from range(10, 0, -4)
    print("  range ->", r)
    r = yield from iter([])
    print("  empty ->", r)
    r = yield from memoryview(b"mv")
    print("  memoryview ->", r)


print(list(from_all()))


def bad():
    yield from None


try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)


def bad_object():
    yield from object()


try:
    next(bad_object())
except TypeError as e:
    print("TypeError:", e)


def send_into_list_iterator():
    yield from [1, 2, 3]


g = send_into_list_iterator()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(list(g))
