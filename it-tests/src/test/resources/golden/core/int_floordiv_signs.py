# Floor division and modulo follow the sign rules of floor: the result of % has the sign of
# the divisor, and a == (a // b) * b + a % b always holds.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (6, -3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (2 ** 70 + 1, 3), (-(2 ** 70) - 1, 3),
         (5, 2 ** 70), (-5, 2 ** 70)]

for a, b in pairs:
    q = a // b
    r = a % b
    ok = q * b + r == a
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; divmod = {divmod(a, b)}; identity {ok}")

print()
print("true division:")
for a, b in [(7, 2), (-7, 2), (1, 3), (10, 5), (-10, 4), (2 ** 60, 2 ** 30), (3, -8)]:
    print(a, "/", b, "=", a / b, type(a / b).__name__)

print()
print("the sign of % follows the divisor")
for b in (3, -3):
    print(b, [a % b for a in range(-6, 7)])
print("floor division rounds toward negative infinity")
for b in (3, -3):
    print(b, [a // b for a in range(-6, 7)])

# Augmented forms
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
x = 17
x %= -5
print(x)

# Mixed with floats
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
