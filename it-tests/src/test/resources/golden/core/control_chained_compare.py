# Chained comparisons: a < b < c means a < b and b < c, with b evaluated once.

trace = []


def v(x):
    trace.append(x)
    return x


print(v(1) < v(2) < v(3), trace)
trace.clear()
print(v(3) < v(2) < v(1), trace)
trace.clear()
print(v(1) == v(1) != v(2) < v(5) > v(4) >= v(4) <= v(9), trace)
trace.clear()
print(v(1) < v(0) < v(5), trace)
x = 5
print(0 < x < 10, 0 < x > 3, 1 < 2 > 0 < 5, 1 == 1 == 1.0, 1 < 2 == 2, (1 < 2) == 2)
print(x in [5] in [[5]], 2 in [1, 2] != False, "a" < "b" < "c" < "d")
a = b = [1]
c = [1]
print(a is b is not c, a == c is not None, a is b == c)
print(1 < 3 in [3], (1 < 3) in [3], 3 in [3] < [4])


class Noisy:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"   {self.n} < {other.n}")
        return self.n < other.n

    def __bool__(self):
        raise TypeError("truth value requested")


print(Noisy(1) < Noisy(2) < Noisy(3))
print(Noisy(2) < Noisy(1) < Noisy(3))
scores = [55, 72, 88, 91, 100, 101, -1]
for s in scores:
    print(s, "valid" if 0 <= s <= 100 else "invalid", "pass" if 60 <= s <= 100 else "")
