# slice objects: attributes, indices(), repr, equality, hashing (hashable since 3.12), use as subscripts.

s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b", "c"))
for length in (0, 3, 5, 20):
    print(length, slice(1, 10, 2).indices(length), slice(None, None, -1).indices(length), slice(-3, None).indices(length))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(7), slice(10, -10, -3).indices(7))
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(0, 5).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a", 2).indices(5)
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(0) == slice(None, 0))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "ok"}[slice(1, 2)])
data = list(range(10))
text = "abcdefghij"
for sl in (slice(2, 7), slice(None, None, 3), slice(-4, None), slice(8, 2, -2)):
    print(sl, data[sl], text[sl], tuple(data)[sl], range(10)[sl])
evens = slice(None, None, 2)
data[evens] = ["e"] * 5
print(data)
del data[slice(0, 4)]
print(data)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1).start = 5
except AttributeError as e:
    print("AttributeError:", e)
