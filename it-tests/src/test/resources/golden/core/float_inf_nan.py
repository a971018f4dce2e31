# Infinity and NaN: arithmetic, comparisons, and how they print.
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), repr(nan))
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf, -inf * -inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan - nan, nan ** 0, 1 ** nan, nan ** 1)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, inf > 10 ** 1000)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan)
x = nan
print(x is x, x == x, [x] == [x], (x,) == (x,), x in [x], nan in [float("nan")])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan))
print(math.isnan(inf - inf), math.isinf(1e308 * 10), -1e308 * 10)

print(float("Infinity"), float("-INF"), float("+inf"), float("NaN"), float("-nan"), float(" nan "))
print(math.inf == inf, math.nan == math.nan, math.copysign(1, -inf), math.copysign(1, -0.0))

print(max(1, inf), min(1, -inf), max(0, nan), max(nan, 0), min(nan, 5), min(5, nan))
print(sum([1, inf, -1]), sum([inf, -inf]))
print(abs(-inf), -(-inf), round(2.5), int(1e308) > 0)

for bad in (inf, -inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))

print(inf // 1, inf % 1, divmod(5.0, inf), divmod(-5.0, inf), 5 % inf, -5 % inf)
print(f"{inf} {-inf:8} {nan:^7} {inf:.3f} {nan:e} {inf:%} {-inf:+g} {nan:F} {inf:E}")
print("%f %e %g %F" % (inf, -inf, nan, nan))
print(inf.is_integer(), nan.is_integer(), (1e308).is_integer())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(inf.hex(), (-inf).hex(), nan.hex())
