# ArithmeticError family: ZeroDivisionError and OverflowError from int, float and math operations.
import math

cases = [
    ("1 // 0", lambda: 1 // 0), ("1.5 % 0", lambda: 1.5 % 0), ("divmod(2, 0)", lambda: divmod(2, 0)),
    ("2.0 ** 5000", lambda: 2.0 ** 5000), ("math.exp(800)", lambda: math.exp(800)),
    ("float(10 ** 400)", lambda: float(10 ** 400)), ("math.ldexp(1, 5000)", lambda: math.ldexp(1, 5000)),
    ("int(float('inf'))", lambda: int(float("inf"))), ("(10 ** 400) / 7", lambda: (10 ** 400) / 7),
    ("math.factorial(10 ** 20)", lambda: math.factorial(10 ** 20)), ("math.fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("1 / 0j", lambda: 1 / 0j), ("math.sqrt(-4)", lambda: math.sqrt(-4)), ("pow(0, -1)", lambda: pow(0, -1)),
    ("math.pow(0, -1)", lambda: math.pow(0, -1)), ("10 ** -1 % 0", lambda: 10 ** -1 % 0),
]
for label, fn in cases:
    try:
        result = fn()
        print(f"{label:<26} = {result!r}")
    except ArithmeticError as e:
        bases = [c.__name__ for c in type(e).__mro__[1:3]]
        print(f"{label:<26} {type(e).__name__} ({', '.join(bases)}): {e}")
    except ValueError as e:
        print(f"{label:<26} ValueError (not arithmetic): {e}")


def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return math.copysign(math.inf, a) if a else math.nan
    except OverflowError:
        return math.inf


print([safe_ratio(a, b) for a, b in ((1, 2), (3, 0), (-3, 0), (0, 0), (10 ** 400, 1))])
try:
    raise ArithmeticError("generic")
except ArithmeticError as e:
    print(type(e).__name__, e, [c.__name__ for c in ArithmeticError.__subclasses__()])
