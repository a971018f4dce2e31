# is_integer and as_integer_ratio expose the exact binary value of a float.

for x in (0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 0.5, 0.75, 1e16, 1e-3, 3.0e20, 1 / 3, 5e-324, 1.7976931348623157e308):
    n, d = x.as_integer_ratio()
    print(repr(x), x.is_integer(), n, d, n / d == x, d & (d - 1) == 0)

# The exact decimal expansion of 0.1 from its ratio
n, d = (0.1).as_integer_ratio()
digits = []
r = n
for _ in range(60):
    r *= 10
    digits.append(r // d)
    r %= d
    if r == 0:
        break
print("0." + "".join(map(str, digits)))

# Rebuilding a float from a ratio
for num, den in [(1, 3), (2, 3), (10 ** 20, 7), (355, 113), (1, 2 ** 60)]:
    f = num / den
    print(num, den, f, f.as_integer_ratio())

# Check is_integer against int conversion
samples = [x / 4 for x in range(-10, 11)]
print([x for x in samples if x.is_integer()])
print([int(x) for x in samples if not x.is_integer()])
print(float.is_integer(3.0), float.as_integer_ratio(-0.125))
