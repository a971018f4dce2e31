# Approximating constants with series and comparing them with math: pi, e, ln 2, sqrt 2, and the golden ratio.
import math
import time


def leibniz_pi(terms):
    return 4 * math.fsum([(-1) ** k / (2 * k + 1) for k in range(terms)])


def nilakantha_pi(terms):
    total = 3.0
    sign = 1
    for k in range(1, terms + 1):
        n = 2 * k
        total += sign * 4 / (n * (n + 1) * (n + 2))
        sign = -sign
    return total


def e_series(terms):
    return math.fsum([1 / math.factorial(k) for k in range(terms)])


def ln2_series(terms):
    return math.fsum([(-1) ** (k + 1) / k for k in range(1, terms + 1)])


started = time.perf_counter()
for terms in (10, 100, 1000, 10000):
    approx = leibniz_pi(terms)
    print(f"Leibniz  {terms:>6} terms: {approx:.12f}  error {abs(approx - math.pi):.3e}")
for terms in (5, 50, 500):
    approx = nilakantha_pi(terms)
    print(f"Nilakantha {terms:>4} terms: {approx:.15f}  close: {math.isclose(approx, math.pi, rel_tol=1e-9)}")
for terms in (5, 10, 15, 20):
    approx = e_series(terms)
    print(f"e with {terms:>2} terms: {approx!r}  exact match: {approx == math.e}")
print(f"ln 2 (1000 terms): {ln2_series(1000):.10f} vs {math.log(2):.10f}")
x = 1.0
for i in range(6):
    x = (x + 2 / x) / 2
    print(f"sqrt(2) iteration {i + 1}: {x!r}")
print(x == math.sqrt(2))
phi = (1 + math.sqrt(5)) / 2
a, b = 1, 1
for _ in range(40):
    a, b = b, a + b
print(f"golden ratio {phi!r}, F41/F40 = {b / a!r}, equal to 15 places: {abs(b / a - phi) < 1e-15}")
wallis = 1.0
for n in range(1, 5001):
    wallis *= (4 * n * n) / (4 * n * n - 1)
print(f"Wallis product (5000 factors): {2 * wallis:.8f}")
print("timing is never printed; elapsed is positive:", time.perf_counter() - started > 0)
