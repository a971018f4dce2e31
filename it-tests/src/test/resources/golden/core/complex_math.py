# Complex arithmetic identities and a hand-written polar conversion (cmath is not used).
import math


def polar(z):
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))


for z in (1 + 1j, -1 + 0j, 0 + 2j, 3 - 4j, -2 - 2j):
    r, phi = polar(z)
    back = rect(r, phi)
    print(z, round(r, 10), round(phi, 10), abs(back - z) < 1e-12)

# Roots of unity
n = 6
roots = [rect(1.0, 2 * math.pi * k / n) for k in range(n)]
for w in roots:
    print(f"{w.real:+.4f} {w.imag:+.4f}i  |w|={abs(w):.6f}")
total = sum(roots)
print("sum of roots is ~0:", abs(total) < 1e-12)
product = 1
for w in roots:
    product *= w
print("product real part:", round(product.real, 10), "imag:", round(product.imag, 10))

# Quadratic with complex roots
def solve(a, b, c):
    disc = b * b - 4 * a * c
    sq = disc ** 0.5 if disc >= 0 else complex(0, math.sqrt(-disc))
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)


for coeffs in ((1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)):
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2)

# Mandelbrot membership
def escapes(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return None


row = ""
for x in range(-20, 6):
    row += "#" if escapes(complex(x / 10, 0)) is None else "."
print(row)
for y in range(-5, 6, 2):
    print("".join(["#" if escapes(complex(x / 10, y / 5)) is None else "." for x in range(-20, 6)]))
