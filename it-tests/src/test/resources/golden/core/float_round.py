# round() on floats: banker's rounding for round(x), correct decimal rounding for round(x, n).

for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001, 1e16, -1e16 + 1):
    r = round(x)
    print(x, r, type(r).__name__)

print()
for x, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1),
             (123.456, -1), (125.0, -1), (135.0, -1), (-0.5, 0), (0.5, 0), (1.5, 0), (5e-324, 320),
             (1.23456789, 5), (1e300, -299), (12345.6789, -2), (0.1, 20), (1.0, 400), (-1.0, -400)]:
    r = round(x, n)
    print(f"round({x!r}, {n}) = {r!r} ({type(r).__name__})")

print(round(-0.4), round(-0.0), round(-0.4, 0), round(0.4, 0))
print(round(2.5, None), round(7.0), type(round(7.0, None)).__name__)

# Rounding to nearest multiple of 0.05 by hand
prices = [1.02, 1.03, 1.07, 1.08, 2.224, 9.999]
print([round(p * 20) / 20 for p in prices])

# round() of a value with a __round__ method
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        if ndigits is None:
            return self.cents // 100
        return Money(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


print(round(Money(1999)), round(Money(1999), 1))
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, "2")
except TypeError as e:
    print("TypeError:", e)
