# math constants and the rounding-family functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan), type(math.pi).__name__)
for x in (2.5, -2.5, 2.0, -0.5, 1e-9, 7, -7, 10 ** 20 + 0.5):
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), round(x))
print(type(math.floor(2.5)).__name__, type(math.fabs(-3)).__name__, math.floor(-0.0), math.ceil(-0.2))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.fabs(-0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isnan(0.0))
from math import pi, floor as fl
print(pi is math.pi, fl(9.99), fl.__name__)


class Celsius:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "custom floor"

    def __ceil__(self):
        return "custom ceil"

    def __trunc__(self):
        return "custom trunc"


c = Celsius(1.5)
print(math.floor(c), math.ceil(c), math.trunc(c))
for fn in (math.floor, math.ceil, math.trunc):
    try:
        fn("1.5")
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
for bad in (math.inf, math.nan):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([n for n in dir(math) if not n.startswith("_")])[:12])
