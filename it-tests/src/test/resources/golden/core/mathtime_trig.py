# Trigonometric and hyperbolic functions, printed to 12 significant digits.
import math

angles = [0, 30, 45, 60, 90, 120, 180, 270, 360, -45]
for deg in angles:
    r = math.radians(deg)
    print(f"{deg:>4} rad={r:.12g} sin={math.sin(r):.12g} cos={math.cos(r):.12g} tan={math.tan(r):.6g}")
for v in (-1, -0.5, 0, 0.5, 1):
    print(v, f"{math.asin(v):.12g}", f"{math.acos(v):.12g}", f"{math.atan(v):.12g}", f"{math.degrees(math.asin(v)):.10g}")
for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0)):
    print((y, x), f"{math.degrees(math.atan2(y, x)):.10g}")
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-3))
for x in (0, 0.5, 1, 2, -1):
    print(x, f"{math.sinh(x):.12g}", f"{math.cosh(x):.12g}", f"{math.tanh(x):.12g}", f"{math.asinh(x):.12g}")
print(f"{math.acosh(1):.12g}", f"{math.acosh(2):.12g}", f"{math.atanh(0.5):.12g}")
print(math.degrees(math.pi), math.radians(180) == math.pi, math.sin(0.0), math.cos(0.0), math.atan(math.inf) == math.pi / 2)
for label, fn in (("asin(2)", lambda: math.asin(2)), ("acos(-1.5)", lambda: math.acos(-1.5)), ("acosh(0.5)", lambda: math.acosh(0.5)),
                  ("atanh(1)", lambda: math.atanh(1)), ("sin(inf)", lambda: math.sin(math.inf)), ("cos('0')", lambda: math.cos("0"))):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
# A unit circle approximated by a polygon
n = 12
perimeter = sum([math.dist((math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)),
                           (math.cos(2 * math.pi * (k + 1) / n), math.sin(2 * math.pi * (k + 1) / n))) for k in range(n)])
print(f"{perimeter:.10f}", f"{2 * math.pi:.10f}")
