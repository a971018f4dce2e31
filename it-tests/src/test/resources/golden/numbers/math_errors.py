# The error rules of the math module: domain errors (nan from a number, poles), range errors
# (overflow), argument types, and results that quietly underflow.
import math
calls = [("sqrt", -1), ("log", 0), ("log", -1.5), ("log2", 0), ("log10", -1), ("log1p", -1), ("acos", 2), ("asin", -1.5),
         ("acosh", 0.5), ("atanh", 1), ("atanh", -1.0), ("exp", 1000), ("exp2", 1024), ("expm1", 710), ("cosh", 711),
         ("sinh", -711), ("sin", math.inf), ("cos", -math.inf), ("tan", math.inf), ("pow", (0, -1)), ("pow", (-8, 1 / 3)),
         ("pow", (10, 400)), ("fmod", (1, 0)), ("fmod", (math.inf, 1)), ("remainder", (1, 0)), ("remainder", (math.inf, 2)),
         ("ldexp", (1.0, 5000)), ("atan2", (math.nan, 1)), ("copysign", (math.nan, -1)), ("sqrt", "x"), ("exp", None),
         ("floor", "x"), ("trunc", "x"), ("ceil", math.nan), ("floor", -math.inf), ("ldexp", (1.0, 2.0)), ("sqrt", 10**400)]
for name, arg in calls:
    args = arg if isinstance(arg, tuple) else (arg,)
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__ + ":", e)
print(math.exp(-1000), math.exp2(-1100), math.ldexp(1.0, -5000), math.pow(2, -1100), math.expm1(-1000), math.erfc(40))
print(math.sqrt(-0.0), math.log(math.inf), math.exp(-math.inf), math.atan(math.inf), math.tanh(-math.inf), math.pow(math.nan, 0))
for f in [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.pow(1),
          lambda: math.atan2(1), lambda: math.hypot(x=1), lambda: math.isclose(1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
