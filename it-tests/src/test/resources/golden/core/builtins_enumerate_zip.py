# enumerate() and zip(): start values, unequal lengths, strict=True, unzipping, and laziness.

fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate(fruits, start=-1)), list(enumerate("")))
for i, f in enumerate(fruits, 100):
    print(i, f)
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(list(zip([1, 2, 3], "ab")), list(zip("a")), list(zip()), list(zip([], [1])), list(zip(range(3), range(3), range(3))))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
print(list(zip([1], [2], strict=True)), list(zip(strict=True)))
calls = []


def gen_list(name, n):
    calls.append(name)
    return list(range(n))


z = zip(gen_list("a", 2), gen_list("b", 3))
print(calls, list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
for (i, a), b in zip(enumerate("pq"), "rs"):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as err:
    print("TypeError:", err)
try:
    enumerate([], "1")
except TypeError as err:
    print("TypeError:", err)
print(list(enumerate(zip("ab", "cd"))), type(zip()).__name__, type(enumerate([])).__name__)
