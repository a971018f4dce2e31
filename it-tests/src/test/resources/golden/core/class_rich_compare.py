# Rich comparisons: reflection (a < b tries b > a), default __ne__, ordering by hand, mixed types.

class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    __hash__ = None


v1, v2 = Version("1.2.0"), Version("1.10")
print(v1 < v2, v1 > v2, v1 <= v2, v1 >= v2, v1 == v2, v1 != v2)
print(v1 == "1.2.0", "1.2.0" == v1, v1 < "2", "2" > v1, v1 != "1.2.0")
print(sorted([Version("2.0"), v2, v1, Version("1.2")]))
print(max([v1, v2]), min([v1, v2]))
try:
    v1 < 5
except TypeError as e:
    print("TypeError:", e)
print(v1 == 5, v1 != 5)


class Trace:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"   T{self.n}.__lt__(T{other.n})")
        return NotImplemented

    def __gt__(self, other):
        print(f"   T{self.n}.__gt__(T{other.n})")
        return self.n > other.n


print(Trace(1) < Trace(2))
print(Trace(3) > Trace(2))


class NeDefault:
    def __eq__(self, other):
        return True


print(NeDefault() != NeDefault(), NeDefault() == 1)


class Weird:
    def __eq__(self, other):
        return "truthy string"

    def __lt__(self, other):
        return 0


print(Weird() == 1, Weird() < 1, [Weird()] == [1], bool(Weird() != 2))
print(sorted([3, 1, 2]), "ordering done")
