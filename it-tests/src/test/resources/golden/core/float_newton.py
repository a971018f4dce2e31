# Newton's method for square roots and cube roots, checked against math.
import math


def newton_sqrt(a, tolerance=1e-15):
    if a < 0:
        raise ValueError("negative input")
    if a == 0:
        return 0.0
    x = a if a >= 1 else 1.0
    iterations = 0
    while True:
        nxt = 0.5 * (x + a / x)
        iterations += 1
        if abs(nxt - x) <= tolerance * nxt:
            return nxt, iterations
        x = nxt


for a in (2.0, 9.0, 0.25, 1e10, 12345.678, 1e-6):
    root, its = newton_sqrt(a)
    print(f"sqrt({a}) ~ {root!r} after {its} steps; math.sqrt = {math.sqrt(a)!r}; close={math.isclose(root, math.sqrt(a))}")


def cbrt(a):
    x = a if a != 0 else 0.0
    for _ in range(200):
        x = x - (x * x * x - a) / (3 * x * x) if x else 0.0
    return x


for a in (27.0, 2.0, -8.0, 1000.0):
    print(f"cbrt({a}) = {cbrt(a):.12f}", math.isclose(cbrt(a), math.cbrt(a)))

try:
    newton_sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)

# Bisection for the root of x**3 - x - 2
lo, hi = 1.0, 2.0
steps = 0
while hi - lo > 1e-12:
    mid = (lo + hi) / 2
    if mid ** 3 - mid - 2 > 0:
        hi = mid
    else:
        lo = mid
    steps += 1
print(f"root ~ {lo:.10f} after {steps} steps")
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
