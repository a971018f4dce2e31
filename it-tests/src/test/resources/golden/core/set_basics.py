# Sets of ints: construction, add/remove/discard/pop/clear, membership and length.

s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
print(s, len(s), 4 in s, 7 in s, 7 not in s)
s.add(7)
s.add(3)
print(s)
s.remove(9)
s.discard(100)
s.discard(1)
print(s)
print(s.pop(), s.pop(), s)
s.clear()
print(s, len(s), bool(s))
print(set(), set([1, 2, 2]), set(range(5)), set((4, 4)), set({5: "x", 6: "y"}), {*range(3), *[7]})
empty = {}
print(type(empty).__name__, type(set()).__name__, type({1}).__name__)
t = set(range(20, 0, -3))
print(t, sorted(t), min(t), max(t), sum(t))
u = {10, 2, 33, 4, 100, 7, 64, 1000}
print(u)
print(list(u) == list(set(list(u))))
print({-1, -2, 0, 1}, {0, 8, 16}, {2 ** 40, 1})
print(set([1, 1.0, True]), {1.5, 2.5}, {0, False, 0.0}, {(1, 2), (1, 2)})
it = {5, 6, 7}
total = 0
for x in it:
    total += x
print(total)
print([m for m in dir(set) if not m.startswith("_")])
