a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(a | b)
print(b | a)
print(a & b)
print(b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)

# sizes that switch the algorithms (swap for intersection, copy-and-discard for difference)
small = {3, 6, 9}
large = set(range(100))
print(small & large, large & small)
print(small - large, large - small == set(range(100)) - {3, 6, 9})
print(len(large - small), (large - small).__len__())
print(list(large - small)[:10])
huge = set(range(1000))
print(small - huge, {1001, 3} - huge)

# results with frozensets keep the left operand's type
fa = frozenset(a)
print(fa | b)
print(b | fa)
print(type(fa & b).__name__, type(b & fa).__name__, type(fa - b).__name__, type(b ^ fa).__name__)
print(fa ^ frozenset(b))

# operators need sets on both sides
for op in ["|", "&", "-", "^"]:
    try:
        eval("a " + op + " [1, 2]")
    except TypeError as e:
        print(e)
    try:
        eval("[1, 2] " + op + " a")
    except TypeError as e:
        print(e)

x = {1, 2, 3}
print(x | x, x & x, x - x, x ^ x)
print(x | set(), set() & x, x - set(), set() ^ x)
