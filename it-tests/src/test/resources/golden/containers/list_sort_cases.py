def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: -p[0]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(5), reverse=True))
check(lambda: sorted())
check(lambda: sorted([1], [2]))
check(lambda: sorted([1], key=None, reverse=False, extra=1))
check(lambda: sorted(iterable=[1]))
check(lambda: sorted(5))
check(lambda: sorted([3, "a", 1]))
check(lambda: sorted([1, 2], key=lambda x: 1 / (x - 1)))
keyfail = [3, 1, 2]
try:
    keyfail.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(e, keyfail)
check(lambda: sorted([1, 2], key=5))
check(lambda: sorted([[1], (1,)]))
check(lambda: [3, 1].sort(None))
check(lambda: [3, 1].sort(key=None))
check(lambda: [3, 1].sort(reverse=1))
check(lambda: [3, 1].sort(reverse=0.0))
check(lambda: [3, 1].sort(reverse=None))
check(lambda: [3, 1].sort(foo=1))
b = [3, 1, 2]
try:
    b.sort(key=lambda x: b.append(x) or x)
except ValueError as e:
    print(e)
print(b)
c = [3, "x", 1]
try:
    c.sort()
except TypeError as e:
    print(e)
print(c)

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K" + str(self.v)
print(sorted([K(3), K(1), K(2)]))
try:
    sorted([K(1), 2])
except TypeError as e:
    print(e)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G" + str(self.v)
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
stable = [(i % 3, i) for i in range(12)]
print(sorted(stable, key=lambda t: t[0]))
print(sorted(stable, key=lambda t: t[0], reverse=True))
print(sorted([1.5, -2, 0, True, 3.25, False]))
big = [(i * 7919) % 1000 for i in range(300)]
print(sorted(big)[:15], sorted(big, reverse=True)[:5])
