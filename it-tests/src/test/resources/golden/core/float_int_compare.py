# Comparing floats and ints is exact, even where converting one to the other would round.

big = 2 ** 53
print(big, float(big), float(big + 1), big + 1 == float(big + 1), big + 1 > float(big + 1))
print(float(big + 1) == big, float(big + 2) == big + 2, big + 3 < float(big + 4))

for i, f in [(1, 1.0), (1, 1.0000000000000002), (2 ** 63, 9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18),
             (10 ** 16 + 1, 1e16), (-(2 ** 53) - 1, -9007199254740992.0), (10 ** 400, float("inf")),
             (0, -0.0), (3, 2.9999999999999996), (7, 7.5)]:
    print(i, repr(f), i == f, i < f, i > f, i <= f, i >= f, i != f)

# Sorting mixed lists keeps equal values in input order (stable sort)
mixed = [3, 2.0, 2, 1.5, True, 1.0, 0, -0.0, False]
print(sorted(mixed))
print(sorted(mixed, reverse=True))

# Dictionary keys: 1, 1.0 and True are the same key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d = {2.0: "float first"}
d[2] = "then int"
print(d)
print({0.5, 1, 1.0, True, 2 ** 60, float(2 ** 60)} == {0.5, 1, 2 ** 60})
print(len({1, 1.0, True}), len({0, 0.0, -0.0, False}))
print(max(2, 2.0), max(2.0, 2), min(0, -0.0), min(-0.0, 0))
