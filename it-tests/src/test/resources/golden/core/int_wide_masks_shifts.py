# Masks, shifts and floor division of ints just above 64 bits (the xorshift / hash case) and of
# big ints with small quotients (the spigot case): values at the 2**63, 2**64, 2**127 and
# 2**128 boundaries, negative operands, negative shift counts, subclasses.

M64 = 0xFFFFFFFFFFFFFFFF
edges = [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**64 + 1,
         2**127 - 1, 2**127, -2**127, 2**128 - 1, 2**128, -2**128 - 1, 12879574142959973315]

for x in edges:
    print(x, x & M64, x & 0xFFFF, x & (2**64 - 2), x & 2**63, M64 & x, (x << 13) & M64)
    print(" ", x >> 7, x >> 63, x >> 64, x >> 200, x >> 2**40, x >> 2**70)
    print(" ", x << 1, x << 63, x << 64, x << 65, (x << 100) >> 100 == x)
    print(" ", x & -1, x & -2**64, x & (2**64 + 5), x | 5, x ^ M64)

# xorshift64 with Python ints
x = 88172645463325252
for i in range(2000):
    x ^= (x << 13) & M64
    x ^= x >> 7
    x ^= (x << 17) & M64
print("xorshift", x)

for a in (2**64, -2**64, 2**127):
    for n in (-1, -2**70):
        for op in ("<<", ">>"):
            try:
                print(eval("a %s n" % op))
            except ValueError as e:
                print(op, type(e).__name__, e)

class I(int):
    def __and__(self, other):
        return "I.__and__"
    def __rshift__(self, other):
        return "I.__rshift__"

print(I(2**70) & M64, I(2**70) >> 3, M64 & I(5), type(2**70 & I(2**66)))
print(True & 2**64, 2**64 + 1 & True, type(2**64 & True))

# floor division of big ints with small quotients, all sign combinations and exact multiples
big = 3**200
for q in (0, 1, 2, 9, 10, 2**29, 2**30 - 1, 2**30, 2**31):
    for rem in (0, 1, big - 1):
        a = big * q + rem
        for sa, sb in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
            n, d = sa * a, sb * big
            print(q, rem == big - 1, sa, sb, n // d, n % d == n - (n // d) * d, divmod(n, d)[0] == n // d)
print((2**200 - 1) // 2**200, 2**200 // (2**200 - 1), (2**230) // (2**200 + 1), (2**230 - 1) // 2**200)
for n, d in ((2**200, 0), (-2**200, 0)):
    for f in (lambda: n // d, lambda: n % d, lambda: divmod(n, d)):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)

# divmod by small ints, negative operands
p = 7**300
for d in (10, -10, 3, -1, 1, 2**31, -2**31, 2**63 - 1):
    for v in (p, -p):
        q, r = divmod(v, d)
        print(d, q % 1000003, r, q * d + r == v)

# storing the same object into a list slot keeps it; a different one replaces it
flags = [True] * 10
for j in range(0, 10, 3):
    flags[j] = False
for j in range(0, 10, 2):
    flags[j] = False
flags[-1] = flags[-1]
print(flags)

# [x] * n for long and short n (filled by doubling copies past a few items)
for n in (0, 1, 63, 64, 65, 1000, 4097):
    r = [None] * n
    s = [[]] * n
    print(n, len(r), r.count(None), all(e is s[0] for e in s), r[-1:] if n else r, [7] * (n % 5))
