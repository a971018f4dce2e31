def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: min(3, 1, 2))
check(lambda: max(3, 1, 2))
check(lambda: min([3, 1, 2]))
check(lambda: max("hello"))
check(lambda: min((), default="none"))
check(lambda: max([], default=None))
check(lambda: max([5], default=0))
check(lambda: min([]))
check(lambda: max(()))
check(lambda: min())
check(lambda: max(1))
check(lambda: min(1, 2, default=0))
check(lambda: min([1], foo=2))
check(lambda: min([1], key=None))
check(lambda: max(["apple", "fig", "banana"], key=len))
check(lambda: min(["apple", "fig", "banana", "kiwi"], key=len))
check(lambda: max([(1, "a"), (1, "b"), (0, "z")], key=lambda t: t[0]))
check(lambda: min([(1, "a"), (0, "b"), (0, "z")], key=lambda t: t[0]))
check(lambda: max([1, "a"]))
check(lambda: min(1, "a"))
check(lambda: max([1, 2], key=lambda x: 1 / (x - 2)))
check(lambda: max([1, 2], key=5))
check(lambda: min({3: 0, 1: 0}))
check(lambda: max({5, 1, 9}))
check(lambda: min(range(10, 0, -3)))
check(lambda: max(1, 2.5, True))
check(lambda: min(0, False, 0.0))
check(lambda: max(0, False, 0.0))
check(lambda: max(float("nan"), 1))
check(lambda: max(1, float("nan")))

class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        print("lt", self.tag, other.tag)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.tag, other.tag)
        return self.v > other.v
    def __repr__(self):
        return self.tag
check(lambda: min(V(2, "a"), V(1, "b"), V(1, "c")))
check(lambda: max(V(2, "a"), V(3, "b"), V(3, "c")))
keys = []
def key(x):
    keys.append(x)
    return -x
print(max([1, 5, 3], key=key), keys)
