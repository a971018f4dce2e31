# int / int is correctly rounded, however large the operands; overflow and underflow rules.
cases = [(1, 3), (2, 3), (-1, 3), (10**20, 3), (2**53 + 1, 1), (2**53 + 3, 2), (10**400, 10**399),
         (10**400 + 1, 3 * 10**399), (1, 10**400), (-1, 10**400), (2**1100, 2**1000), (3**500, 7**300),
         (12345678901234567890123, 98765432109876543), (1, -(2**1074)), (1, 2**1075), (3, 2**1075),
         (2**1024 - 1, 2**1023), (0, -5)]
for a, b in cases:
    print(repr(a / b))
for a, b in [(10**400, 1), (2**2000, 3), (-(10**400), 7)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)
print(7 / 7, type(7 / 7).__name__, 1 / True, -0 / 5)
