# float(int) rounds half to even at 53 bits; int(float) truncates; exact values survive.

base = 2 ** 53
for off in range(0, 9):
    n = base + off
    f = float(n)
    print(n, repr(f), int(f), int(f) - n)

for n in (2 ** 54 + 2, 2 ** 54 + 6, 2 ** 54 + 10, 10 ** 17 + 1, 2 ** 64 - 1, 2 ** 64 + 2 ** 11):
    print(n, float(n), int(float(n)) == n)

for f in (0.9999999999999999, 1.9999999999999998, -2.9999999999999996, 4503599627370495.5,
          4503599627370496.5, 1e19, 2.0 ** 70):
    print(repr(f), int(f), int(f) == f)

# Exactness of float -> int for huge floats
huge = 1.2345e300
i = int(huge)
print(len(str(i)), str(i)[:10], float(i) == huge)

# Conversions in both directions through str
for f in (0.1, 1 / 3, 1e-5):
    print(repr(f), float(str(f)) == f, float(format(f, ".17g")) == f, format(f, ".17g"), format(f, ".20f"))
