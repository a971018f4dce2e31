# float arithmetic with floats and ints: each operator, reflected forms, int operands too large
# for a float, and the ZeroDivisionError texts.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2.0), (2, 0.5), (-3, 0.75), (True, 0.5), (10**20, 0.5), (0.1, 3),
         (1e308, 10), (-0.0, 1), (5, -0.0001)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for f in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 1 / 0.0,
          lambda: 0.0 / 0.0]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for f in [lambda: 1.0 + 10**400, lambda: 10**400 * 0.5, lambda: float(10**400), lambda: 10**400 < 1.0 + 10**400]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308, 5e-324 / 2, -5e-324 / 2)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__rtruediv__(2.0, 1),
      float.__add__(1.5, "x"), float.__rmod__(3.0, 10), float.__rfloordiv__(3.0, 10))
x = 1.5
x += 1
x *= 4
x /= 3
x //= 0.5
x %= 3
x **= 2
print(x)
