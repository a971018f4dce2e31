# repr(float) is the shortest string that round-trips; str() is the same since Python 3.2.

values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15,
          123456789012345678.0, 1e22, 1e23, 1.5e-5, 0.0001, 0.00001, 1e-7, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 9007199254740993.0, 0.3, 100.0, 1e100, 1.1, 2.675, 3.14159,
          1234.5678, 1e-10, 12345678901234567890.0, 4.35, 0.000123, 1e21, 1e-4]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)

# Integers stored as floats print with .0 until 1e16
for k in range(12, 19):
    print(k, float(10 ** k), float(10 ** k + 1), -float(10 ** k))

# Small negative exponents switch to scientific notation below 1e-4
for k in range(1, 8):
    print(k, 10.0 ** -k, 1.5 * 10.0 ** -k)

# Floats inside containers use repr
print([0.1, 0.5, 1e-9], (1.0,), {1.5: 2.25})
print(f"{0.1 + 0.2}", f"{0.1 + 0.2!r}", f"{0.1 + 0.2!s}", "%r" % (0.1 + 0.2), "%s" % 1e16)

# Accumulating 0.1 ten times
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)

print(float.__repr__(2.5), (2.5).__str__(), repr(-1e-300), repr(1e300 * 10))
