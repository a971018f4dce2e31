# hash() of ints is deterministic: n mod (2**61 - 1) with sign, and -1 maps to -2.

M = 2 ** 61 - 1
for n in (0, 1, -1, -2, 2, 10 ** 6, M - 1, M, M + 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)):
    h = hash(n)
    print(n, h)

print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(2.5), hash(-0.0))
print(hash(1e100), hash(float(2 ** 61)), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1,)), hash((1.0, 2)) == hash((1, 2)))
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), hash(frozenset()) == hash(frozenset([])))

# Equal numbers hash equally
for a, b in [(1, 1.0), (0.5, 0.5), (10 ** 20, 1e20), (-3, -3.0)]:
    print(a, b, a == b, hash(a) == hash(b))

# Reconstruct the rule
def expected(n):
    h = abs(n) % M
    if n < 0:
        h = -h
    return -2 if h == -1 else h


print(all([hash(n) == expected(n) for n in range(-10000, 10000, 7)]))
print(all([hash(n) == expected(n) for n in [3 ** k for k in range(200)]]))
print(all([hash(-n) == expected(-n) for n in [3 ** k for k in range(200)]]))
