# NotImplemented makes Python try the reflected method of the other operand, then raise TypeError.

class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print(f"   Meters.__add__({other!r})")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print(f"   Meters.__radd__({other!r})")
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.v})"


class Feet:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print(f"   Feet.__add__({other!r})")
        return NotImplemented

    def __radd__(self, other):
        print(f"   Feet.__radd__({other!r})")
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented

    def __repr__(self):
        return f"Feet({self.v})"


print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
print(sum([Meters(1), Meters(2)]))
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ (subclass reflected method wins)"


print(Base() + Derived())
print(Derived() + Base())


class Same(Base):
    pass


print(Base() + Same(), "(a subclass that does not override __radd__ does not get priority)")


class OnlyEq:
    def __eq__(self, other):
        print("   OnlyEq.__eq__")
        return NotImplemented


print(OnlyEq() == OnlyEq(), OnlyEq() != 5)
x = OnlyEq()
print(x == x)


class InPlaceFallback:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        print("   falls back to __add__")
        new = InPlaceFallback()
        new.items = self.items + [other]
        return new


obj = InPlaceFallback()
before = obj
obj += 1
print(obj.items, obj is before)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
