# Unary operators, abs, and the identity of small ints vs computed values.

for n in (0, 5, -5, 2 ** 65, -(2 ** 65)):
    print(n, -n, +n, ~n, abs(n), -(-n) == n, ~~n == n)

print(-0, +-0, - - 3, + - + 3, -+-+3, not 0, not 5)
print(abs(-0), abs(True), abs(-True))
print(type(-True).__name__, type(+True).__name__)

# Operator precedence with unary minus and power
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, ~2 ** 2, -~2, ~-2)
print(2 * -3, 2 - -3, 2 + -3, 2 ** - - 2)

# Comparisons of computed big values
a = 10 ** 20
b = 10 ** 20
print(a == b, a is not None)
c = int("100000000000000000000")
print(a == c)

# Sign function variants
def sign(x):
    return (x > 0) - (x < 0)


print([sign(v) for v in (-10, -1, 0, 1, 10, -(10 ** 50))])

# Ints in boolean context
for v in (0, 1, -1, 10 ** 100):
    if v:
        print(v, "truthy")
    else:
        print(v, "falsy")

print(int.__neg__(5), int.__pos__(-5), int.__abs__(-5), int.__invert__(5))
