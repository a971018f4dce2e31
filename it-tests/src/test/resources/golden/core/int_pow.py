# Exponentiation of ints: exact results, negative exponents give floats, three-argument pow.

print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(type(2 ** 5).__name__, type(2 ** -5).__name__)

print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-2, -1, 7))
print(pow(5, 0, 1), pow(5, 3, -7), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(10, 20, 10 ** 30))

for inverse_of, mod in [(3, 10), (7, 26), (17, 3120)]:
    inv = pow(inverse_of, -1, mod)
    print(f"inverse of {inverse_of} mod {mod} is {inv}; check {inverse_of * inv % mod}")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("0 ** -1", lambda: 0 ** -1)
attempt("pow(0, -2)", lambda: pow(0, -2))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
attempt("pow(2, 3, 0)", lambda: pow(2, 3, 0))
attempt("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
attempt("pow(2, 0.5, 5)", lambda: pow(2, 0.5, 5))
attempt("pow('2', 3)", lambda: pow("2", 3))
attempt("pow(2, 3, 5.0)", lambda: pow(2, 3, 5.0))

# Square and multiply by hand agrees with pow
def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


for b, e, m in [(2, 1000, 997), (7, 12345, 10 ** 9), (12, 0, 5), (99, 99, 1)]:
    print(b, e, m, power_mod(b, e, m), pow(b, e, m), power_mod(b, e, m) == pow(b, e, m))

# Exactness: (10**k)**2 has exactly 2k+1 digits
for k in (5, 25, 60):
    s = str((10 ** k) ** 2)
    print(k, len(s), s[:3], s[-3:])
