# Digit manipulation with // and %: reversal, palindromes, digit sums, Armstrong numbers.

def digits(n):
    n = abs(n)
    if n == 0:
        return [0]
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1]


def reverse_number(n):
    sign = -1 if n < 0 else 1
    n = abs(n)
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return sign * r


for n in (0, 7, 120, -4567, 1000001, 2 ** 64, 12345678901234567890):
    print(n, digits(n), reverse_number(n), sum(digits(n)))

palindromes = [n for n in range(10, 300) if n == reverse_number(n)]
print(palindromes)

armstrong = []
for n in range(1, 10000):
    ds = digits(n)
    if sum([d ** len(ds) for d in ds]) == n:
        armstrong.append(n)
print("armstrong:", armstrong)

# Digital root
def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n


print([digital_root(n) for n in (0, 9, 10, 38, 999999999999, 2 ** 100)])
print([1 + (n - 1) % 9 if n else 0 for n in (0, 9, 10, 38, 999999999999, 2 ** 100)])

# Lychrel-style iterations
n = 89
steps = 0
while n != reverse_number(n):
    n += reverse_number(n)
    steps += 1
print("89 reaches palindrome", n, "after", steps, "steps")

# Collatz lengths
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 10000), key=collatz_len)
print("longest collatz below 10000:", best, collatz_len(best))
