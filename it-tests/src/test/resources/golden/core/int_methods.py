# Methods and attributes of int objects.

for n in (0, 7, -12, 2 ** 70):
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), n.is_integer())

print(int.__name__, int.__mro__, type(5) is int)
print((255).__format__("x"), (255).__index__(), (3).__abs__(), (3).__neg__(), (3).__invert__())
print((7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3), (7).__mul__(3))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(3), (7).__rmod__(30), (7).__pow__(2))
print((7).__truediv__(2), (7).__lt__(8), (7).__eq__(7.0), (7).__add__(1.5), (7).__eq__("7"))
print((10).__divmod__(3), (10).__rdivmod__(3), (5).__lshift__(2), (20).__rshift__(2))
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__bool__(), (0).__bool__())
print((5).__int__(), (5).__float__(), (5).__round__(), (1234).__round__(-2), (5).__trunc__(),
      (5).__floor__(), (5).__ceil__())
print((6).__hash__(), (-1).__hash__(), (5).__sizeof__() > 0)

# int() from objects with __int__ / __index__
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Conv:
    def __int__(self):
        return 42


print(int(Idx(9)), int(Conv()), [10, 20, 30][Idx(1)], bin(Idx(5)), hex(Idx(255)))
print("abcdef"[Idx(1):Idx(4)], range(Idx(3)), list(range(10))[::Idx(3)])
print(int.from_bytes(b"\x00\x10", "big"), int.__base__.__name__)

# The real / imag of ints are ints
r = (7).real
print(type(r).__name__, type((7).imag).__name__)
print([m for m in dir(int) if not m.startswith("_")])
