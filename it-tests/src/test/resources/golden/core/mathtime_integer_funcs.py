# Integer functions of math: factorial, comb, perm, gcd, lcm, isqrt, prod and friends.
import math

print([math.factorial(n) for n in range(11)], math.factorial(25))
print(len(str(math.factorial(1000))), str(math.factorial(100))[:20])
print([math.comb(10, k) for k in range(11)], math.comb(52, 5), math.comb(3, 5), math.comb(100, 50))
print([math.perm(5, k) for k in range(6)], math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(2, 3, 4, 5), math.lcm(0, 7), math.lcm(-4, 6), math.lcm())
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)) == math.factorial(20), math.prod([]), math.prod([2.5, 2]), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e20, 1, -1e20]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.sumprod([], []))
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(7)]
for row in pascal:
    print(" ".join([str(v) for v in row]).center(24))
for label, fn in (("factorial(-1)", lambda: math.factorial(-1)), ("factorial(2.0)", lambda: math.factorial(2.0)),
                  ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("comb(5, 1.5)", lambda: math.comb(5, 1.5)),
                  ("perm(3, -1)", lambda: math.perm(3, -1)), ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
                  ("sumprod([1], [1, 2])", lambda: math.sumprod([1], [1, 2])), ("prod(['a'])", lambda: math.prod(["a", "b"]))):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def binomial_probability(n, k, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


print([round(binomial_probability(10, k, 0.5), 6) for k in range(11)])
print(round(math.fsum([binomial_probability(10, k, 0.3) for k in range(11)]), 12))
