# Star-unpacking with lists: displays, assignment targets and function calls.

a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, *"xy", *range(2)], [*[], *()], [*{"k": 1}], [*{5}])
first, *rest = [10, 20, 30, 40]
*init, last = [10, 20, 30, 40]
head, *middle, tail = [1, 2]
x, *y = "abc"
print(first, rest, init, last, head, middle, tail, x, y)
[p, q], r = [[1, 2], 3]
(s, [t, *u]), v = ("S", ["T", "U1", "U2"]), "V"
print(p, q, r, s, t, u, v)
for i, (name, *scores) in enumerate([("ann", 90, 85), ("bob", 70), ("cy",)]):
    print(i, name, scores, sum(scores))

try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)


def total(*args):
    return sum(args), len(args)


print(total(*a, *b), total(*[], 7), max(*a, *b), print(*["printed", "with"], sep="-"))
lst = [0] * 3
lst[0], lst[1:] = "h", ["i", "!"]
print(lst)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
a, b = b, a
print(a, b)
data = [[1, 2, 3], [4, 5, 6]]
(_, mid, _), (*_, end) = data
print(mid, end)
