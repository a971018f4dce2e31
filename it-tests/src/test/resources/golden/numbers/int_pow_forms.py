# ** and pow(): exact int powers, negative exponents giving floats, three-argument pow with
# negative exponents (modular inverse) and negative moduli, and every error text.
print(2 ** 10, (-2) ** 63, (-2) ** 64, 10 ** 30, 0 ** 0, (-1) ** 10**20, 1 ** -5)
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -20, 3 ** -40)
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(5, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(10**30 + 7, 10**20, 10**9 + 7), pow(0, 0, 5), pow(7, 0, 1), pow(7, 5, -1))
for args in [(2, -1, 4), (2, 3, 0), (0, -1, 7), (6, -2, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
for f in [lambda: 0 ** -1, lambda: 0 ** -(10**20), lambda: (2**2000) ** -1, lambda: 2 ** -(2**1100)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(int.__pow__(2, 5), int.__pow__(2, 5, 3), int.__rpow__(5, 2), int.__pow__(2, 0.5))
print((-8) ** (1 / 3))
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(pow(2, 3, 5)).__name__)
