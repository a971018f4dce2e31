# round() on ints with negative ndigits uses round-half-to-even.

for n in (15, 25, 35, 45, -15, -25, 149, 150, 151, 250, 350, 1234567, -1234567):
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3))

print(type(round(5)).__name__, type(round(5, -1)).__name__, type(round(5.5)).__name__)
print(round(2 ** 100 + 5, -1), round(10 ** 30 + 5 * 10 ** 9, -10))
print(round(5, -10), round(-5, -1), round(-6, -1), round(-4, -1))

# Manual half-even rounding agrees with round()
def round_half_even(n, places):
    unit = 10 ** places
    q, r = divmod(n, unit)
    if 2 * r > unit or (2 * r == unit and q % 2 == 1):
        q += 1
    return q * unit


mismatches = 0
for n in range(-1000, 1001, 5):
    for places in (1, 2):
        if round_half_even(n, places) != round(n, -places):
            mismatches += 1
print("mismatches:", mismatches)

try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round("5")
except TypeError as e:
    print("TypeError:", e)
print(round(True), round(False, 3), round(7, None))
