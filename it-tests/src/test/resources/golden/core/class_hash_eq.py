# __hash__/__eq__ rules: defining __eq__ sets __hash__ to None; inheritance; explicit hash.

class Default:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class InheritsEq(EqOnly):
    pass


class ExplicitNone:
    __hash__ = None


class ReenableHash(EqOnly):
    __hash__ = object.__hash__


print(Default.__hash__ is object.__hash__, EqOnly.__hash__, InheritsEq.__hash__, ExplicitNone.__hash__)
for cls in (Default, EqOnly, EqAndHash, InheritsEq, ExplicitNone, ReenableHash):
    obj = cls(1) if cls not in (Default, ExplicitNone) else cls()
    try:
        hash(obj)
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

a, b = EqAndHash(5), EqAndHash(5)
print(a == b, hash(a) == hash(b), len({a, b}), {a: "x"}[b])
d1, d2 = Default(), Default()
print(d1 == d2, d1 == d1, d1 != d2, len({d1, d2, d1}))
r1, r2 = ReenableHash(1), ReenableHash(1)
print(r1 == r2, len({r1, r2}), "(equal but distinct hashes: a broken but legal combination)")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = {Point(0, 0), Point(0, 0), Point(1, 2)}
print(len(pts), Point(1, 2) in pts)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class NegOne:
    def __hash__(self):
        return -1


print(hash(NegOne()))
