# Arbitrary-precision integer arithmetic: results far beyond 64 bits.

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


a = 2 ** 64
b = 2 ** 64 - 1
print(a, b, a - b, a + b)
print(a * b)
print(-a * b)
print(a * a * a)

f50 = factorial(50)
print("50! =", f50)
print("digits:", len(str(f50)))
print("trailing zeros:", len(str(f50)) - len(str(f50).rstrip("0")))

big = 10 ** 40 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big * big - big)

# Mixed sizes in one expression
x = 123456789123456789123456789
y = 987654321
print(x * y, x // y, x % y)
print(x - x, x - x == 0, type(x - x).__name__)

# Powers of two and their neighbours
for k in (31, 32, 63, 64, 65, 127, 128):
    p = 2 ** k
    print(k, p - 1, p, p + 1, -p)

# Sum of a big series stays exact
total = 0
for i in range(1, 101):
    total += i ** 10
print("sum i**10 for i<=100:", total)

# Products of many primes
primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71]
prod = 1
for q in primes:
    prod *= q
print("primorial:", prod)
for q in primes[:5]:
    print(q, prod % q, prod // q % 1000)

# Negative big numbers
n = -(3 ** 100)
print(n, abs(n), -n, +n)
print(n // 7, n % 7, divmod(n, 7))
print(n // -7, n % -7, divmod(n, -7))
