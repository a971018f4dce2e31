# complex attributes, dunder methods and construction from objects.

z = complex(2, -3)
print(z.real, z.imag, z.conjugate(), z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__(), (0j).__bool__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1j), z.__rsub__(1j), z.__mul__(2), z.__rmul__(2))
print(z.__truediv__(2), z.__rtruediv__(2), z.__pow__(2), z.__rpow__(2) == 2 ** z, z.__eq__(z), z.__ne__(1))
print(z.__lt__(z), z.__add__("x"), z.__eq__("x"))


class C:
    def __complex__(self):
        return 5 + 5j


class F:
    def __float__(self):
        return 1.25


class I:
    def __index__(self):
        return 7


print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1j, 1j), complex(2, 1j))
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, "2")
except TypeError as e:
    print("TypeError:", e)
try:
    complex([])
except TypeError as e:
    print("TypeError:", e)


class Cx(complex):
    def __repr__(self):
        return "Cx" + complex.__repr__(self)


c = Cx(1, 2)
print(c, repr(c), c + 1, type(c + 1).__name__, type(c).__mro__[1].__name__, c == 1 + 2j)
print([m for m in dir(complex) if not m.startswith("_")])
print(sorted([3 + 1j, 1 + 5j, -2 + 0j], key=abs), max([1j, 2, -3 + 0j], key=abs))
