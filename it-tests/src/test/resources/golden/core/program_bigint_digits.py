# Big-integer digit puzzles: factorial digit sums, Fibonacci lengths, powers, and repeating decimals.

def digit_sum(n):
    return sum([int(d) for d in str(n)])


f = 1
for i in range(1, 101):
    f *= i
print("100! digit sum:", digit_sum(f), "digits:", len(str(f)), "trailing zeros:", len(str(f)) - len(str(f).rstrip("0")))
print("2^1000 digit sum:", digit_sum(2 ** 1000))
a, b, index = 1, 1, 2
while len(str(b)) < 1000:
    a, b = b, a + b
    index += 1
print("first Fibonacci number with 1000 digits is F", index, sep="")
powers = {a ** b for a in range(2, 101) for b in range(2, 101)}
print("distinct a^b for 2<=a,b<=100:", len(powers))
self_powers = sum([i ** i for i in range(1, 1001)]) % 10 ** 10
print("last ten digits of sum i^i (i<=1000):", self_powers)


def cycle_length(d):
    seen = {}
    r = 1
    pos = 0
    while r and r not in seen:
        seen[r] = pos
        r = r * 10 % d
        pos += 1
    return 0 if r == 0 else pos - seen[r]


best = max(range(2, 1000), key=cycle_length)
print("longest recurring cycle of 1/d for d<1000:", best, cycle_length(best))


def long_division(n, d, digits):
    q, r = divmod(n, d)
    out = [str(q), "."]
    for _ in range(digits):
        r *= 10
        out.append(str(r // d))
        r %= d
    return "".join(out)


print("1/7 =", long_division(1, 7, 30))
print("22/7 =", long_division(22, 7, 20), "355/113 =", long_division(355, 113, 20))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


root2 = isqrt(2 * 10 ** 200)
print("sqrt(2) to 100 places: 1." + str(root2)[1:101])
print("digit sum of those 100 digits:", digit_sum(str(root2)[:100]))
champernowne = "".join([str(i) for i in range(1, 200000)])
product = 1
for k in range(7):
    product *= int(champernowne[10 ** k - 1])
print("Champernowne product:", product)
