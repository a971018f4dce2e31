# frexp/ldexp/modf/fmod/remainder/copysign/nextafter/ulp/isclose and the classification
# predicates; floor/ceil/trunc through __floor__/__ceil__/__trunc__.
import math
for x in [0.0, -0.0, 1.0, 0.75, -3.5, 1e300, 5e-324, math.inf, math.nan]:
    print(repr(x), math.frexp(x), math.modf(x), math.isfinite(x), math.isinf(x), math.isnan(x), math.ulp(x))
print(math.ldexp(0.75, 2), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-1.5, 1023), math.ldexp(3, 2**70 * 0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 1e-300), math.fmod(1, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(1, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(-0.0, 1), math.nextafter(1, 1))
print(math.nextafter(1, 2, steps=3), math.nextafter(-0.0, 1, steps=2), math.nextafter(5e-324, -1, steps=3),
      math.nextafter(1.0, math.inf, steps=2**80), math.nextafter(1, 2, steps=0), math.nextafter(math.nan, 1, steps=5))
try:
    math.nextafter(1, 2, steps=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1.0, b=1.0, rel_tol=0.0))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
class Rounded:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class AsFloat:
    def __float__(self):
        return -2.5
print(math.floor(Rounded()), math.ceil(Rounded()), math.trunc(Rounded()), math.floor(AsFloat()), math.ceil(AsFloat()))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5), math.floor(10**30),
      math.ceil(True), math.floor(1e20), type(math.floor(2.0)).__name__, math.trunc(7))
