def check(f):
    try:
        r = f()
        print(list(r) if type(r).__name__ in ("map", "filter") else r)
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: map(str, [1, 2, 3]))
check(lambda: map(lambda a, b: a * b, [1, 2, 3], [4, 5]))
check(lambda: map(lambda a, b, c: a + b + c, "ab", "cd", "ef"))
check(lambda: map(pow, [2, 3, 4], [5, 2], [3, 3, 3]))
check(lambda: map(len))
check(lambda: map())
check(lambda: map(len, [], key=1))
check(lambda: map(None, [1]))
check(lambda: map(len, [1]))
check(lambda: map(len, 5))
check(lambda: map(abs, [-1, -2.5, 3]))

check(lambda: filter(None, [0, 1, "", "a", [], [0], None, 0.0, 2]))
check(lambda: filter(bool, [0, 1, "", "a"]))
check(lambda: filter(lambda x: x % 3 == 0, range(20)))
check(lambda: filter(int.bit_length, [0, 1, 2, 0, -3]))
check(lambda: filter(len, ["", "ab", "c"]))
check(lambda: filter(None))
check(lambda: filter(None, [1], [2]))
check(lambda: filter(None, [], key=1))
check(lambda: filter(None, 5))
check(lambda: filter(5, [1]))
check(lambda: filter(lambda x: 1 / x, [1, 0]))

m = map(abs, [-3])
print(iter(m) is m, next(m), next(m, "done"), type(m).__name__)
f = filter(None, [0, 7])
print(iter(f) is f, next(f), next(f, "done"), type(f).__name__)

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v > 1
    def __repr__(self):
        return "T" + str(self.v)
print(list(filter(None, [Truthy(1), Truthy(2), Truthy(3)])))

class M(map):
    pass
print(list(M(lambda x: -x, [1, 2])), isinstance(M(abs, []), map))
calls = []
def trace(x):
    calls.append(x)
    return x
it = map(trace, [1, 2, 3])
print(calls, next(it), calls)
