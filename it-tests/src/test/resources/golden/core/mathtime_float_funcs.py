# Floating-point decomposition and neighbour functions: frexp, ldexp, modf, fmod, remainder, nextafter, ulp.
import math

for x in (0.0, 1.0, 0.5, 3.0, -10.5, 1e-300, 1e300, 5e-324):
    m, e = math.frexp(x)
    print(repr(x), (m, e), math.ldexp(m, e) == x, math.modf(x))
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5))
for a, b in ((7, 3), (-7, 3), (7, -3), (5.5, 2), (-5.5, 2), (10, 0.1), (1e300, 3.0)):
    print((a, b), math.fmod(a, b), math.remainder(a, b), a % b)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(math.nextafter(1.0, 2.0), 2.0))
print(math.ulp(1.0), math.ulp(2.0), math.ulp(1e-320), math.ulp(0.0), math.ulp(math.inf), math.ulp(-1.0))
print(math.copysign(2.0, -1.0), math.fabs(-math.inf))
x = 0.1
steps = 0
y = x
while y < 0.1 + 1e-15:
    y = math.nextafter(y, 1.0)
    steps += 1
print("floats between 0.1 and 0.1+1e-15:", steps)
print(math.isclose(math.fsum([0.1] * 3), 0.3), math.fsum([0.1] * 3) == 0.30000000000000004, math.fsum([0.1] * 3))
for label, fn in (("frexp('x')", lambda: math.frexp("x")), ("ldexp(1.0, 2.5)", lambda: math.ldexp(1.0, 2.5)),
                  ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)), ("remainder(1, 0)", lambda: math.remainder(1, 0)),
                  ("modf(nan)", lambda: math.modf(math.nan)), ("frexp(inf)", lambda: math.frexp(math.inf))):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
