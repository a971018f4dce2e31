# hash() of numbers and tuples (deterministic), hash consistency with ==, and callable().

values = [0, 1, -1, -2, 7, 2 ** 61 - 1, 2 ** 61, 2 ** 100, 0.0, -0.0, 0.5, 1.5, -2.25, 1e100, float("inf"),
          float("-inf"), True, False, (), (1,), (1, 2), ((1, 2), 3), (0.5, -1), (True, -0.0)]
for v in values:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
for bad in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)


class H:
    def __hash__(self):
        return 10 ** 30


print(hash(H()) == hash(10 ** 30))


def f():
    pass


class C:
    def __call__(self):
        pass

    def method(self):
        pass


for obj in (f, lambda: 0, C, C(), C().method, C.method, len, print, int, type, "str", 5, None, [], object(), str.upper, "".join):
    print(type(obj).__name__, callable(obj))
