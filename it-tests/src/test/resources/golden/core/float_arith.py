# Float arithmetic: +, -, *, /, //, %, ** with positive, negative and mixed operands.

pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.1, 0.03), (1e300, 1e-300),
         (5.0, 0.5), (1.0, 3.0), (-0.0, 5.0), (1e-320, 2.0)]

for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b)

print()
for a, b in [(7, 2.5), (2.5, 7), (-3, 0.75), (True, 0.5), (10 ** 20, 0.5)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, type(a + b).__name__)

print()
print(2.0 ** 10, 2.0 ** -1, 2 ** 0.5, 9 ** 0.5, 0.5 ** 2, 10.0 ** 22, 10.0 ** 23, 1.5 ** 3.5)
print((-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 2, 1.0 ** float("inf"), 4 ** -0.5)

# Modulo keeps the divisor's sign, and can return the divisor itself due to rounding
print(-1e-20 % 1.0, 1e-20 % -1.0, -0.0 % 1.0, 0.0 % -1.0)
print(5.5 % 1, -5.5 % 1, 5.5 % -1, 0.75 % 0.25, 1.0 % 0.1)

# Floating point is not associative
a, b, c = 1e16, -1e16, 1.0
print((a + b) + c, a + (b + c))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3, 0.5 * 3 == 1.5)

x = 1.0
x += 0.5; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 0.5; print(x)
x %= 1.7; print(x)
x **= 2; print(x)
x -= 10; print(x)

# Unary
print(-(0.0), +(-0.0), abs(-0.0), abs(-2.5), -(-2.5))
