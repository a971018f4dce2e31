# Roots, exponentials and logarithms.
import math

for x in (0, 1, 2, 4, 10, 0.25, 1e-10, 1e100):
    print(repr(x), math.sqrt(x), math.cbrt(x) if x else 0.0)
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 2 ** 200)][-2:], math.isqrt(99))
print(math.isqrt(10 ** 40 - 1), math.isqrt(10 ** 40))
for x in (0, 1, -1, 0.5, 10, 1e-8):
    print(repr(x), f"{math.exp(x):.15g}", f"{math.expm1(x):.15g}", f"{math.exp2(x):.15g}")
for x in (1, 2, math.e, 10, 100, 1024, 1e-5, 2 ** 100):
    print(repr(x), f"{math.log(x):.15g}", f"{math.log2(x):.15g}", f"{math.log10(x):.15g}", f"{math.log1p(x):.15g}")
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000, 2), f"{math.log(10 ** 500):.12f}", math.log10(10 ** 300))
print(math.pow(2, 0.5) == math.sqrt(2), math.pow(2, 10), math.pow(-8, 3), math.pow(1, math.inf), math.pow(0, 0))
print(math.log2(1 << 1000), math.log2(3 << 1000) - 1000, math.log(1))
for label, fn in (("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-5)", lambda: math.log(-5)),
                  ("log(10, 1)", lambda: math.log(10, 1)), ("isqrt(-1)", lambda: math.isqrt(-1)), ("isqrt(2.0)", lambda: math.isqrt(2.0)),
                  ("log10(0.0)", lambda: math.log10(0.0)), ("exp(1000)", lambda: math.exp(1000)), ("log1p(-1)", lambda: math.log1p(-1)),
                  ("pow(0, -1)", lambda: math.pow(0, -1))):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
