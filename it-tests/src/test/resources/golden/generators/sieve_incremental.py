# An unbounded incremental sieve: a dict of upcoming composites, advanced lazily.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(30, primes()))
g = primes()
count = 0
last = None
for p in g:
    if p > 10000:
        break
    count += 1
    last = p
print("primes below 10000:", count, "largest:", last)


def twin_primes():
    ps = primes()
    prev = next(ps)
    for p in ps:
        if p - prev == 2:
            yield prev, p
        prev = p


print(take(12, twin_primes()))


def prime_factors(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n


for n in [360, 97, 1001, 2 ** 16 + 1, 600851475143, 1]:
    print(n, list(prime_factors(n)))


def goldbach(limit):
    ps = set(take(200, primes()))
    for even in range(4, limit + 1, 2):
        for p in sorted(ps):
            if even - p in ps:
                yield even, p, even - p
                break


print(list(goldbach(40)))
