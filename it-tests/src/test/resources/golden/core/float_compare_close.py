# Equality pitfalls and tolerant comparison of floats.
import math

a = 0.1 + 0.2
b = 0.3
print(a == b, a, b, a - b, abs(a - b) < 1e-9, math.isclose(a, b))
print(math.isclose(1e-10, 2e-10), math.isclose(1e-10, 2e-10, rel_tol=0.6), math.isclose(0.0, 1e-12, abs_tol=1e-11))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")), math.isclose(1.0, 1.0 + 2 ** -52))

try:
    math.isclose(1.0, 1.0, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)

eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print("machine epsilon", eps, eps == 2 ** -52)

tiny = 1.0
while tiny / 2 > 0:
    tiny /= 2
print("smallest positive", tiny, tiny == 5e-324)

big = 1.0
while big * 2 != float("inf"):
    big *= 2
print("largest power of two", big, big == 2.0 ** 1023)

print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0))
print(math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))

# Sorting floats with keys
points = [(1.5, "b"), (-0.5, "a"), (1.5, "a"), (2.25, "c"), (0.0, "z")]
print(sorted(points))
print(sorted(points, key=lambda p: (-p[0], p[1])))
print(max(points, key=lambda p: p[0]), min(points, key=lambda p: abs(p[0] - 1)))

# Chained float comparisons
x = 0.5
print(0 < x < 1, 0 <= x <= 0.4, -1.0 < -x < 0.0)
