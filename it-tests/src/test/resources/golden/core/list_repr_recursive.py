# repr of nested and self-referential lists.

a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][2][0])
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
print(str(a) == repr(a))
nested = [[[[["deep"]]]], [], [[]], [1, [2, [3, [4, [5]]]]]]
print(nested, len(nested), nested[3][1][1][1][1][0])
mixed = [1, "two", 3.0, None, True, (5,), {"k": [6]}, {7}, b"8", 9j, range(3), [...]]
print(mixed)
print(repr([]), repr([[]]), repr([""]), repr(["'"]), repr(['"']), repr([" ", "\n"]))
dct = {"self": None}
dct["self"] = dct
lst = [dct]
print(lst, dct)
t = ([],)
t[0].append(t)
print(t)
print(a == a)
try:
    print(a == [1, 2, a] and a == a[:])
except RecursionError as e:
    print("RecursionError:", e)
