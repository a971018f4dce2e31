# int_loops: tight integer arithmetic — Collatz chain lengths, Euclid's gcd,
# a sieve of Eratosthenes over a list, hand-written modular exponentiation,
# bit twiddling (popcount, reversal, xorshift), and big ints: factorials,
# digit sums of large powers and a Fibonacci number with thousands of digits.

LIMIT = 130000


def collatz(limit):
    best = 0
    best_start = 0
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_start = start
    return best_start, best, total


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_table(n):
    total = 0
    for a in range(1, n):
        for b in range(1, n, 7):
            total += gcd(a, b)
    return total


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def mod_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def fermat_checks(n):
    # Count Fermat probable primes base 2 below n.
    count = 0
    for k in range(3, n, 2):
        if mod_pow(2, k - 1, k) == 1:
            count += 1
    return count


def bits(n):
    total = 0
    x = 88172645463325252
    for i in range(n):
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        v = x & 0xFFFF
        pop = 0
        while v:
            v &= v - 1
            pop += 1
        rev = 0
        w = i & 0xFF
        for _ in range(8):
            rev = (rev << 1) | (w & 1)
            w >>= 1
        total += pop + rev
    return total, x


def big_ints(n):
    fact = 1
    for k in range(2, n):
        fact *= k
    digits = 0
    p = 3 ** (n * 4)
    while p:
        p, d = divmod(p, 10)
        digits += d
    a, b = 0, 1
    for _ in range(n * 5):
        a, b = b, a + b
    return fact % 1000000007, fact.bit_length(), digits, a % 998244353, a.bit_length()


def main():
    print("collatz:", collatz(LIMIT))
    print("gcd:", gcd_table(LIMIT // 40))
    print("sieve:", sieve(LIMIT * 20))
    print("fermat:", fermat_checks(LIMIT))
    print("bits:", bits(LIMIT * 3))
    print("big:", big_ints(LIMIT // 12))


main()
