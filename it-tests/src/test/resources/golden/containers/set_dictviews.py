d = {1: "a", 2: "b", 3: "c", 4: "d"}
e = {3: "c", 4: "x", 5: "e"}
k = d.keys()
print(k & {2, 3, 9}, {2, 3, 9} & k)
print(k | {9, 10}, {9, 10} | k)
print(k - {1, 2}, {1, 2, 7} - k)
print(k ^ {4, 5}, {4, 5} ^ k)
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k & [1, 1, 2], k | [7], k - (1,), k ^ range(3))
i = d.items()
print(sorted(i & e.items()), sorted(i - e.items()), sorted(i ^ e.items()))
print(sorted(i | {(9, "z")}), sorted({(1, "a"), (7, "q")} & i))
print(type(k & k).__name__, type(i | i).__name__)
print(k == {1, 2, 3, 4}, k == {1, 2}, {1, 2, 3, 4} == k, k != {1}, k == [1, 2, 3, 4])
print(k <= {1, 2, 3, 4, 5}, k < {1, 2, 3, 4}, k >= {1}, k > {1, 2, 3, 4}, k > k)
print(i == {(1, "a"), (2, "b"), (3, "c"), (4, "d")}, i <= i)
print(k.isdisjoint({7, 8}), k.isdisjoint([4]), i.isdisjoint([(1, "a")]))
print((2, "b") in i, (2, "x") in i, [2, "b"] in i, 2 in k, 9 in k)
v = d.values()
try:
    v & {1}
except TypeError as e:
    print(e)
try:
    k & 5
except TypeError as e:
    print(e)
try:
    k < 5
except TypeError as e:
    print(e)
print(v == v, v == d.values())
# views are live
d[9] = "nine"
print(k, len(k), list(reversed(k)))
print(i)
print(v)
print(list(reversed(d.values())), list(reversed(d.items())))
print({}.keys(), {}.items(), {}.values())
print({(1, 2): 3}.keys() & {(1, 2)})
