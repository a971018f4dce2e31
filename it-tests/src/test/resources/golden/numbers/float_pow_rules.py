# float ** : the C99 special cases, negative bases with fractional exponents giving complex
# results, 0.0 to a negative power, and overflow as OverflowError(34, ...).
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, float("inf"), float("-inf"), float("nan")]
exps = [0.0, 1.0, -1.0, 2.0, 3.0, 0.5, -0.5, float("inf"), float("-inf"), float("nan")]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except ZeroDivisionError:
            row.append("ZDE")
    print(b, row)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 1.5, (-0.5) ** 2.5, pow(-27, 1 / 3), (-4.0) ** -0.5)
print(2.0 ** 0.5, 10.0 ** -2, 1.0000001 ** 1e7, 2 ** 0.5 * 2 ** 0.5, 9 ** 0.5, 4 ** -0.5, 7.0 ** 2, 1.5 ** 3.5)
for f in [lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 2.0 ** 1024, lambda: 1e300 ** 2]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e, e.args)
for f in [lambda: 0.0 ** -1, lambda: (-0.0) ** -2.5, lambda: 0 ** -0.5]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(float.__pow__(2.0, 3), float.__rpow__(3.0, 2), float.__pow__(2.0, "x"), 2.0 ** True)
