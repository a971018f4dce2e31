# factorial, comb, perm, isqrt, gcd and lcm: exact big results, __index__ arguments and errors.
import math
print([math.factorial(n) for n in [0, 1, 5, 10, 20, 21, 25]])
print(len(str(math.factorial(1000))), math.factorial(100) % 10**9 + 7, math.factorial(True))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2), math.comb(60, 30))
print(math.perm(10, 3), math.perm(10), math.perm(3, 10), math.perm(20, 20), math.perm(10**12, 2), math.perm(0, 0))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(10**41), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 8), math.gcd(2**100, 6**50), math.gcd(0, 0))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3))
class Seven:
    def __index__(self):
        return 7
print(math.factorial(Seven()), math.comb(Seven(), 2), math.isqrt(Seven()), math.gcd(Seven(), 21))
for f in [lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.factorial(2**64),
          lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.comb(5.0, 2), lambda: math.comb(2**64, 2**63),
          lambda: math.perm(5, -1), lambda: math.perm(-5), lambda: math.perm(2**64, 2**63 + 9), lambda: math.isqrt(-1),
          lambda: math.isqrt(2.0), lambda: math.gcd(1.5), lambda: math.lcm(2, "3"), lambda: math.comb(5)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
