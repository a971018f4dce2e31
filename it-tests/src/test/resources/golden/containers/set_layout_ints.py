# Iteration order of int sets follows CPython's table: slots by hash, linear probes, perturbation, resizes.
s = set()
for i in [5, 13, 21, 29, 37, 45, 53, 61, 69]:
    s.add(i)
    print(len(s), s)

s = set()
for i in range(0, 400, 37):
    s.add(i)
print(s)

# negative and large ints hash modulo 2**61 - 1
big = {2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64, -1, -2, 10**30}
print(big)
print({-1, -2, -3, 0, 1, 2, 3})

# deletions leave dummies; adding again may reuse them
d = set(range(20))
for i in range(0, 20, 3):
    d.discard(i)
print(d)
d.add(3)
d.add(100)
d.add(6)
print(d)

# a set that grows well past the small table
g = set()
for i in range(1000):
    g.add(i * 7919 % 10007)
print(len(g), sum(g), list(g)[:20], list(g)[-20:])

# floats and tuples have deterministic hashes too
print({0.5, 1.5, 2.25, -3.75, 1e100, 1e-100})
print({(1, 2), (2, 1), (0, 0), (1,), ()})
print({True, False, 2, 3.0})

# the literal of constants goes through a frozenset constant
print({33, 1, 65, 97, 129, 2})
lit = {8, 16, 24, 32, 40, 48, 56, 64}
print(lit)
comp = {x for x in [8, 16, 24, 32, 40, 48, 56, 64]}
print(comp)
print(set([8, 16, 24, 32, 40, 48, 56, 64]))
