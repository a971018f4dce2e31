# Tuples: construction, the comma makes the tuple, indexing, slicing, methods, immutability.

empty = ()
single = (1,)
not_tuple = (1)
bare = 1, 2, 3
nested = ((1, 2), (3, (4, 5)))
print(empty, single, not_tuple, bare, nested, type(not_tuple).__name__, type(bare).__name__)
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple((1, 2)))
t = (5, 3, 5, 1, 5, 9)
print(t[0], t[-1], t[1:4], t[::-1], t[::2], len(t), t.count(5), t.index(5), t.index(5, 1), t.index(9, -2))
print(t + (0,), t * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print(min(t), max(t), sum(t), sorted(t), 9 in t, 7 not in t, t.__len__(), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)

# A tuple holding a mutable list can change "inside"
holder = ([], "fixed")
holder[0].append("grew")
print(holder)
print(repr(()), repr((1,)), repr(("a",)), repr(((),)), str((None, True)), repr((1.5, "x", b"y")))
print([m for m in dir(tuple) if not m.startswith("_")])
print(tuple.__mro__, isinstance((), tuple), (1, 2).__getitem__(1), (1, 2).__contains__(2))
