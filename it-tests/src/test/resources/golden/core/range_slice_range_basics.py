# range objects: arguments, len, indexing, membership, index/count, equality and repr.

for args in ((5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-3, 3), (0, -10, -4), (1, 2, 100)):
    r = range(*args)
    print(repr(r), list(r), len(r), bool(r))

r = range(3, 30, 4)
print(r.start, r.stop, r.step, r[0], r[-1], r[2], r.index(11), r.count(11), r.count(12), 27 in r, 28 in r)
print(range(10) == range(10), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2))
print(range(0, 10, 3) == range(0, 11, 3), hash(range(0)) == hash(range(3, 3)), range(2) == [0, 1])
print(list(range(-5, -1)), list(range(-1, -5, -1)), sum(range(101)), max(range(7)), min(range(3, 9, 2)))
print(3.0 in range(5), 2.5 in range(5), "a" in range(5), True in range(2))
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), tuple(range(3)), set(range(3)))
print(type(range(1)).__name__, isinstance(range(1), range), [m for m in dir(range) if not m.startswith("_")])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
