# Large Fibonacci numbers three ways; they must agree.

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    # F(2k) = F(k) * (2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2
    def rec(k):
        if k == 0:
            return (0, 1)
        a, b = rec(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return rec(n)[0]


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


for n in (0, 1, 2, 10, 50, 93, 94, 100, 300):
    a, b, c = fib_iter(n), fib_doubling(n), fib_memo(n)
    print(n, a, a == b == c)

f1000 = fib_doubling(1000)
s = str(f1000)
print("F(1000) has", len(s), "digits; starts", s[:10], "ends", s[-10:])
print("digit sum", sum([int(ch) for ch in s]))
print("F(1000) % 1_000_000_007 =", f1000 % 1_000_000_007)

# Cassini's identity F(n-1)F(n+1) - F(n)^2 = (-1)^n
for n in (5, 20, 200):
    print("cassini", n, fib_iter(n - 1) * fib_iter(n + 1) - fib_iter(n) ** 2)

# First Fibonacci number with 100 digits
a, b, i = 0, 1, 0
while len(str(a)) < 100:
    a, b, i = b, a + b, i + 1
print("first with 100 digits: index", i)
