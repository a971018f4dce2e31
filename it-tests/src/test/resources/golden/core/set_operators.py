# Set algebra: operators, the method forms with several arguments, and augmented assignment.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {5, 7, 9}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, c), a.intersection(b, c), a.difference(b, c), a.symmetric_difference(c))
print(a.union([10, 11], (12,), range(13, 15)), a.intersection("12"), a.intersection(range(3, 100)))
print(a | b | c, (a & b) | (a & c), a & (b | c), a - b - c, a ^ b ^ c)
try:
    a | [6]
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
x = set(a)
x |= {100}
print(x)
x &= {1, 2, 100, 200}
print(x)
x -= {1}
print(x)
x ^= {2, 3}
print(x)
y = x
y |= {999}
print(x is y, x)
print(set().union(), {1}.union(), {1, 2}.intersection())
print(a.isdisjoint(c), a.isdisjoint({0}), len(a | b), len(a & b) + len(a ^ b) == len(a | b))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens), sorted(evens ^ threes))
