r = range(0, 100, 7)
print(0 in r, 7 in r, 98 in r, 99 in r, 100 in r, -7 in r, 3 in r)
print(True in range(2), False in range(1, 3), True in range(0, 10, 2))
print(14.0 in r, 14.5 in r, "a" in r, None in r)
n = range(50, -50, -5)
print(50 in n, -45 in n, -50 in n, 0 in n, 3 in n, 55 in n)
print(r.count(7), r.count(8), r.count(14.0), r.count("x"), r.count(True))
print(r.index(21), r.index(21.0), n.index(-45), range(5).index(True))
for bad in [8, 1000, "x", 2.5]:
    try:
        r.index(bad)
    except ValueError as e:
        print(e)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return other == self.v
    __hash__ = None
print(Eq(14) in r, Eq(15) in r, r.count(Eq(21)), r.index(Eq(28)))

huge = range(-2**80, 2**80, 3)
print(2**79 in huge, 2**79 + 1 in huge, huge.index(-2**80 + 30), huge.count(0), huge.count(1))
print(huge[0], huge[-1], huge[2**79])
try:
    len(huge)
except OverflowError as e:
    print(e)
try:
    range(3).index()
except TypeError as e:
    print(e)
try:
    range(3).count()
except TypeError as e:
    print(e)
