# Float powers, roots and special cases of ** and math.pow.
import math


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("2.0 ** 0.5", lambda: 2.0 ** 0.5)
attempt("2 ** 0.5 == math.sqrt(2)", lambda: 2 ** 0.5 == math.sqrt(2))
attempt("0.0 ** 0.0", lambda: 0.0 ** 0.0)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0.0 ** -1.5", lambda: 0.0 ** -1.5)
attempt("(-8.0) ** 3", lambda: (-8.0) ** 3)
attempt("(-8.0) ** -1", lambda: (-8.0) ** -1)
attempt("1.0 ** nan", lambda: 1.0 ** float("nan"))
attempt("nan ** 0", lambda: float("nan") ** 0)
attempt("inf ** -1", lambda: float("inf") ** -1)
attempt("(-inf) ** 3", lambda: float("-inf") ** 3)
attempt("(-inf) ** 2", lambda: float("-inf") ** 2)
attempt("0.5 ** inf", lambda: 0.5 ** float("inf"))
attempt("2 ** -inf", lambda: 2 ** float("-inf"))
attempt("(-1) ** inf", lambda: (-1) ** float("inf"))
attempt("math.pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
attempt("math.pow(0, -1)", lambda: math.pow(0, -1))
attempt("math.pow(2, 10)", lambda: math.pow(2, 10))
attempt("math.pow(-2, 3)", lambda: math.pow(-2, 3))
attempt("math.sqrt(-1)", lambda: math.sqrt(-1))
attempt("math.sqrt(2.25)", lambda: math.sqrt(2.25))
attempt("pow(2.5, 2)", lambda: pow(2.5, 2))
attempt("pow(4, 0.5)", lambda: pow(4, 0.5))
attempt("10 ** -2", lambda: 10 ** -2)
attempt("1e-200 ** 2", lambda: 1e-200 ** 2)

# Compound interest
principal = 1000.0
for years in (1, 5, 10, 30):
    amount = principal * (1 + 0.05) ** years
    print(f"{years:>2} years: {amount:10.2f}")

# Geometric series
r = 0.5
partial = [sum([r ** k for k in range(n)]) for n in (1, 2, 5, 10, 50)]
print(partial)
