# int / int is correctly rounded even when the operands are too big for a float.

cases = [(1, 3), (2, 3), (10 ** 30, 3), (10 ** 400, 10 ** 399), (2 ** 1100, 2 ** 1000),
         (1, 10 ** 400), (-(10 ** 400), 10 ** 399), (7, -2), (123456789123456789, 1000),
         (2 ** 53 + 1, 1), (2 ** 54 + 3, 2), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
         (10 ** 22, 1), (10 ** 23, 1), (355, 113), (0, 5), (0, -5)]
for a, b in cases:
    q = a / b
    print(f"{a if a < 10 ** 30 else 'big'} / {b if b < 10 ** 30 else 'big'} = {q!r}")

for a, b in [(10 ** 400, 3), (2 ** 1024, 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)

# Division of ints that are exactly representable
print(1 / 2, 3 / 4, 10 / 4, 2 ** 60 / 2 ** 59, (2 ** 60 + 1) / 2)
print(type(4 / 2).__name__, 4 / 2, 4 // 2, -4 / 2, -1 / 3 == -(1 / 3))

# Averages
scores = [88, 92, 79, 93, 85]
print(sum(scores) / len(scores), sum(scores) // len(scores))
print(sum([1, 2]) / 2, (10 ** 17 + 1) / 1, float(10 ** 17 + 1))
