# Summation error: naive loop, sum(), math.fsum, and Kahan compensation.
import math

data = [0.1] * 10
print(sum(data), math.fsum(data), sum(data) == 1.0, math.fsum(data) == 1.0)

data = [1e100, 1.0, -1e100, 1.0]
print(sum(data), math.fsum(data))

data = [1.0, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16]
print(repr(sum(data)), repr(math.fsum(data)))


def kahan(values):
    total = 0.0
    comp = 0.0
    for v in values:
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total


def naive(values):
    total = 0.0
    for v in values:
        total += v
    return total


series = [1 / (k * k) for k in range(1, 10001)]
print(repr(naive(series)), repr(kahan(series)), repr(math.fsum(series)), repr(sum(series)))
print(repr(naive(series[::-1])))
print(math.pi ** 2 / 6)

harmonic = [1 / k for k in range(1, 1001)]
print(repr(naive(harmonic)), repr(math.fsum(harmonic)))
print(sum([0.5, 0.25], 10), sum([], 0.0), sum([1, 2, 3.5]), sum([True, 2.5]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([1e308, -1e308, 1.0]))
print(sum([1e308, 1e308, -1e308]), math.fsum([0.1, 0.2, -0.3]))
print(sum([0.1, 0.2, 0.3], start=-0.6))
print(math.prod([0.5, 4, 1.5]), math.prod([]), math.prod([2] * 10, start=0.5))
