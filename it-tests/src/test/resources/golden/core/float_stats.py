# Descriptive statistics by hand on float data: mean, median, variance, stdev, percentiles.
import math

temps = [12.5, 14.25, 9.75, 15.5, 11.0, 13.75, 16.25, 10.5, 12.0, 14.0, 18.5, 7.25]


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    ss = sum([(x - m) ** 2 for x in xs])
    return ss / (len(xs) - 1 if sample else len(xs))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return s[int(k)]
    return s[f] * (c - k) + s[c] * (k - f)


print("n", len(temps))
print("mean", mean(temps))
print("median", median(temps), median(temps[:-1]))
print("var", variance(temps), variance(temps, sample=False))
print("stdev", math.sqrt(variance(temps)), round(math.sqrt(variance(temps)), 4))
for p in (0, 10, 25, 50, 75, 90, 100):
    print("p%d" % p, percentile(temps, p))
print("range", max(temps) - min(temps))

# z-scores
m = mean(temps)
sd = math.sqrt(variance(temps))
print([round((t - m) / sd, 3) for t in temps])

# Linear regression
xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.2]
mx, my = mean(xs), mean(ys)
slope = sum([(x - mx) * (y - my) for x, y in zip(xs, ys)]) / sum([(x - mx) ** 2 for x in xs])
intercept = my - slope * mx
print(f"y = {slope:.4f}x + {intercept:.4f}")
residuals = [y - (slope * x + intercept) for x, y in zip(xs, ys)]
print([f"{r:+.3f}" for r in residuals])
print(f"{sum(residuals):.1e}" if abs(sum(residuals)) > 1e-12 else "residuals sum to ~0")
