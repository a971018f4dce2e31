# int arithmetic: every binary operator on small, word-boundary and huge values, reflected
# and in-place forms, and results that cross from machine words into big ints.
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**30, -(10**30) - 7]
for a in vals:
    row = []
    for b in [3, -3, 2**63, -(2**65) + 1]:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        row.append(a // b)
        row.append(a % b)
    print(a, row)
x = 9223372036854775807
x += 1
print(x, type(x).__name__)
x -= 1
print(x)
x *= -x
print(x)
x //= 12345678901
print(x)
x %= 97
print(x)
y = 5
y **= 40
print(y)
y <<= 3
y >>= 1
y |= 1
y &= 0xffffffffffffffffffff
y ^= 0x1234
print(y)
print(int.__add__(3, 4), int.__radd__(3, 4), int.__rsub__(3, 10), int.__rfloordiv__(3, 10), int.__rmod__(3, 10))
print(int.__add__(3, 4.0), int.__mul__(3, "a"), (3).__truediv__(2.0))
print(-(-2**63), abs(-2**63), +(-5), -0, abs(-10**40))
print(3 * [1, 2], "ab" * 3, 2 * (0,))
print(sum([2**62, 2**62, 2**62]), 7 - 7.0, 2**100 - 2**100)
