# complex arithmetic: the four operators with int/float/complex operands, pow (integral
# exponents by squaring, others in polar form), abs, comparisons, and the error texts.
vals = [1 + 2j, -3.5j, 2, 0.5, 1e200 + 1e200j, complex(-0.0, 0.0)]
for a in vals:
    for b in [3 - 4j, 2, -0.25, 1j]:
        print(a, b, a + b, a - b, a * b, a / b)
print((1 + 1j) ** 2, (1 + 1j) ** 10, (1 + 1j) ** -3, (1 + 1j) ** 100, (1 + 1j) ** 101, 1j ** 1j, 2 ** (1 + 1j))
print((2 + 3j) ** 0.5, (-1) ** 0.5, (3 + 4j) ** (1 / 3), (1 + 2j) ** (3 + 4j), 0j ** 0, 0j ** 2, (1 + 0j) ** -0.5)
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(1e308 + 1e308j))
for f in [lambda: (1 + 2j) / 0, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e200j) ** 2,
          lambda: abs(complex(1.7e308, 1.7e308)), lambda: pow(1j, 2, 3), lambda: 1j // 1, lambda: 1j % 2,
          lambda: divmod(1j, 1), lambda: 1j < 2j, lambda: round(1j), lambda: int(1j), lambda: float(1j)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(1j == 1j, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1, (2**53 + 1) == complex(2**53 + 1), 1j == "1j")
print(complex.__add__(1j, "x"), complex.__truediv__(1j, 2), complex.__rsub__(1j, 1), -(1 + 2j), +(1 - 2j), bool(0j), bool(1e-300j))
