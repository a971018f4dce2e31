# Primes: the sieve of Eratosthenes, twin primes, prime gaps, Goldbach pairs and factorisation.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


primes = sieve(10_000)
print(len(primes), primes[:15], primes[-5:])
counts = [sum([1 for p in primes if p < 10 ** k]) for k in range(1, 5)]
print("pi(10^k):", counts)
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs below 10000:", len(twins), twins[:6], twins[-2:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:10])
largest_gap = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", largest_gap, largest_gap[1] - largest_gap[0])
prime_set = set(primes)


def goldbach(n):
    for p in primes:
        if p > n // 2:
            break
        if n - p in prime_set:
            return p, n - p
    return None


print([goldbach(n) for n in (4, 28, 100, 998, 9998)])
print("all even numbers 4..10000 are sums of two primes:", all([goldbach(n) for n in range(4, 10001, 2)]))


def factorise(n):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in (360, 9973, 1001, 2 ** 20 - 1, 600851475143, 97 * 89 * 89):
    f = factorise(n)
    print(n, "=", " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())]))
mersenne = [p for p in primes[:12] if factorise(2 ** p - 1) == {2 ** p - 1: 1}]
print("Mersenne prime exponents among the first 12 primes:", mersenne)
