# Euclid's algorithm, the extended form, and Bezout coefficients, on big and negative ints.
import math


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    return old_r, old_s, old_t


pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (12, -18), (240, 46),
         (2 ** 100, 2 ** 60 * 3), (10 ** 30 + 1, 10 ** 20 + 7), (1, 1)]
for a, b in pairs:
    g, s, t = egcd(a, b)
    print(f"gcd({a}, {b}) = {gcd(a, b)} math={math.gcd(a, b)} egcd={g} s={s} t={t} check={a * s + b * t}")

print(math.gcd(), math.gcd(5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.lcm(0, 5), math.gcd(0, 0), math.lcm(-4, 6))


def mod_inverse(a, m):
    g, s, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return s % m


for a, m in [(3, 11), (10, 17), (6, 9), (123456789, 10 ** 9 + 7)]:
    try:
        inv = mod_inverse(a, m)
        print("inverse", a, m, inv, inv == pow(a, -1, m))
    except ValueError as e:
        print("ValueError:", e)

# Chinese remainder theorem
def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g, s, _ = egcd(m, n)
        assert g == 1
        x = (x + (r - x) * s * m) % (m * n)
        m *= n
    return x


x = crt([2, 3, 2], [3, 5, 7])
print("crt", x, [x % n for n in (3, 5, 7)])
x = crt([1, 2, 3, 4], [5, 7, 9, 11])
print("crt", x, [x % n for n in (5, 7, 9, 11)])
