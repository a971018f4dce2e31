# list.sort and sorted over keys of one kind (ints, floats, strs, tuples) and mixed kinds
import math

data = [5, -3, 2**40, 0, 7, -2**40, 5, 12, 1, 3, 3, 99, -1, 8, 6, 4, 2, 11, 10, 9, 13, 15, 14]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data + [2**70, -2**70]))
print(sorted([x / 3 for x in data]))
print(sorted([2.5, float("nan"), 1.0, -0.0, 0.0, float("inf"), -float("inf"), 3.0]))
words = "the quick brown fox jumps over the lazy dog \u00e9t\u00e9 \U0001F600 zebra Apple apple".split()
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (w[0], -len(w)), reverse=True))
pairs = [(i % 4, -i) for i in range(30)]
print(sorted(pairs))
print(sorted([(1.5, "a"), (0.5, "b"), (1.5, "A"), (0.5, "a")]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 9), 1)]))
print(sorted([(), (1,), (0, 1), ()]))
print(sorted([1, 2.5, True, 0, -1.5, 2]))
stable = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(stable, key=lambda p: p[1]))
print(sorted(stable, key=lambda p: p[1], reverse=True))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%r)" % self.v
print(sorted([V(3), V(1), V(2)]))
print(sorted([(1, V(3)), (1, V(1)), (0, V(2))]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all([s[i] <= s[i + 1] for i in range(len(s) - 1)]))
