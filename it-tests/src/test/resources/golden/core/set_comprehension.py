# Set comprehensions for deduplication and membership-heavy computations.

nums = [3, 7, 3, 1, 9, 7, 7, 2, 1]
print({n for n in nums}, {n * n for n in nums if n > 2}, {n % 4 for n in nums})
print(sorted({w.lower() for w in "The the THE quick Quick brown".split()}))
squares = {n * n for n in range(50)}
print(sorted([n for n in range(100) if n in squares]))
sums_of_two = {a + b for a in squares for b in squares if a + b < 60}
print(sorted(sums_of_two))
print(sorted(set(range(60)) - sums_of_two))
primes = set(range(2, 60))
for p in range(2, 8):
    primes -= {m for m in range(p * p, 60, p)}
print(sorted(primes))
print({(x, y) for x in range(3) for y in range(3) if x < y} == {(0, 1), (0, 2), (1, 2)})
vowels = {c for c in "education" if c in "aeiou"}
print(sorted(vowels), len(vowels))
x = 10
seen = {x for x in range(3)}
print(x, seen)
first_seen = []
seen = set()
for n in nums:
    if n not in seen:
        seen.add(n)
        first_seen.append(n)
print(first_seen, len(seen))
