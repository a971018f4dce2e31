# float methods and conversions to int: trunc, floor, ceil and their types.
import math

for x in (2.5, -2.5, 2.0, -0.1, 1e15 + 0.5, 123.999):
    print(x, int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x),
          x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1))

x = 2.75
print(x.real, x.imag, x.conjugate(), type(x.imag).__name__, x.__abs__(), (-x).__abs__(), x.__neg__())
print(x.__add__(1), x.__radd__(1), x.__sub__(1), x.__rsub__(1), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(11))
print(x.__floordiv__(1), x.__mod__(1), x.__divmod__(1), x.__pow__(2), x.__rpow__(2), x.__add__("a"))
print(x.__eq__(2.75), x.__lt__(3), x.__ge__(3), x.__bool__(), (0.0).__bool__(), x.__int__(), x.__float__() is x)
print(float.__name__, float.__mro__, type(1.5) is float, isinstance(1, float), isinstance(1.0, float))
print([m for m in dir(float) if not m.startswith("_")])


class MyFloat(float):
    def __repr__(self):
        return f"MyFloat({float.__repr__(self)})"


m = MyFloat(1.5)
print(m, repr(m), m + 1, type(m + 1).__name__, str(m), float(m), type(float(m)).__name__)
print(isinstance(m, float), m == 1.5, hash(m) == hash(1.5), m.is_integer(), round(m))
print(float.fromhex("0x1.8p0"), MyFloat.fromhex("0x1.8p0"), type(MyFloat.fromhex("0x1p0")).__name__)
