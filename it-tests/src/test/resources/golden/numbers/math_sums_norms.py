# fsum (exact, with its overflow and inf-nan errors), prod, sumprod (int, float and mixed paths),
# hypot and dist.
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([2**60, 1, -(2**60)]), math.fsum([x / 7 for x in [1, 2, 3]]))
print(math.fsum([float("inf"), 1]), math.fsum([float("nan"), 1]), math.fsum([-float("inf"), -1e308]))
for f in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([float("inf"), -float("inf")]),
          lambda: math.fsum(["a"]), lambda: math.fsum(5)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([2] * 100), math.prod([2, 3], start=10),
      math.prod(["ab", 3]), math.prod([0.5, 2**70]), math.prod([], start="x"))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]), math.sumprod([1, 2.5], [3, 4]),
      math.sumprod([2**70, 3], [2, 0.5]), math.sumprod([], []), math.sumprod([1j, 2], [2, 1j]), math.sumprod([True], [3]))
print(math.sumprod([1e308, 1e308], [10, -10]), math.sumprod([1e200, 1e200], [1e200, 1e200]),
      math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([2**63, 2**63], [2, 2]))
for f in [lambda: math.sumprod([1, 2], [3]), lambda: math.sumprod([1, "a"], [2, 3]), lambda: math.sumprod(1, [1])]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324),
      math.hypot(1, float("inf"), float("nan")), math.hypot(1, float("nan")), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)), math.dist([], []))
for f in [lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, (1,)), lambda: math.hypot("a"), lambda: math.dist([1], ["a"])]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
