# Tuple packing and unpacking: swaps, nested targets, star targets, for-loop targets, returns.

a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = (1, 2, 3, 4)
print(first, rest, type(rest).__name__)
*init, (m, n) = [0, 1, (2, 3)]
print(init, m, n)


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([4, 8, 15, 16, 23, 42])
result = min_max([3])
print(lo, hi, result, type(result).__name__)

points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px * py, end=" ")
print()
for i, (px, py) in enumerate(points):
    print(i, px + py, end="; ")
print()
print(dict([(k, v) for k, v in [("a", 1), ("b", 2)]]))

# Rotation by tuple assignment
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print(fib)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)

# Evaluation order: right side fully evaluated first
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, "set"
print(i, lst)

try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
one, = (1,)
[two] = [2]
print(one, two)
