# math's elementary functions on ordinary arguments: exp/log family, powers and roots,
# inverse trigonometric and hyperbolic functions, conversions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.5, 1.0, 2.0, 10.0, 0.001, 123.456]:
    print(x, math.exp(x), math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.expm1(x), math.sqrt(x),
          math.cbrt(x), math.exp2(x))
for x in [-1.0, -0.5, 0.0, 0.25, 0.5, 0.9, 1.0]:
    print(x, math.asin(x), math.acos(x), math.atan(x), math.atanh(x) if abs(x) < 1 else None)
for x in [0.0, 0.5, 1.0, 2.5, -3.0, 20.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.acosh(abs(x) + 1))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (3, 4), (1e-300, 1e300)]:
    print(y, x, math.atan2(y, x))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.pow(2, 0.5), math.pow(-8, 3))
print(math.cbrt(-27), math.cbrt(8), math.cbrt(2), math.exp2(-3), math.log(8, 2), math.log(100, 10), math.log(2**0.5, 2))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 1), math.sqrt(2**100))
