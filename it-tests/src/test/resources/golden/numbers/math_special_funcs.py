# erf, erfc, gamma and lgamma: CPython's results (libm's erf/erfc, its own Lanczos gamma) on a
# spread of arguments, plus their poles and overflows.
import math
xs = [-6.5, -3.0, -2.0, -1.0, -0.5, -1e-10, 0.0, 1e-300, 1e-10, 0.1, 0.25, 0.5, 0.84375, 1.0, 1.25, 1.5, 2.0,
      2.857, 3.0, 4.0, 5.5, 6.0, 10.0, 27.0, 30.0]
for x in xs:
    print(x, math.erf(x), math.erfc(x))
gs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e-21, -1e-21, 0.1, 3.7, 10.0, 10.5, 23.0, 24.0, 30.5, 100.25, 141.5,
      171.5, -170.5, -200.5, 1e-5, 6.024680040776729, 7.3, -7.3]
for x in gs:
    print(x, math.gamma(x), math.lgamma(x))
for x in [1.0, 2.0, 3.0, 1e300, -1e300 + 0.5 if False else -0.001, 0.001, 2.5e5, -2.5e-5]:
    print(x, math.lgamma(x))
for f, x in [(math.gamma, 0.0), (math.gamma, -0.0), (math.gamma, -1.0), (math.gamma, -1e300), (math.gamma, 171.7),
             (math.gamma, float("-inf")), (math.lgamma, 0.0), (math.lgamma, -2.0), (math.lgamma, 2.6e305)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__ + ":", e)
print(math.gamma(float("inf")), math.gamma(float("nan")), math.lgamma(float("-inf")), math.erf(float("inf")),
      math.erfc(float("-inf")), math.erf(float("nan")))
