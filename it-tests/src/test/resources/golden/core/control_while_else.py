# while loops with else, break and continue.

n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)

n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("found multiple of 5 and 7:", n)
        break
else:
    print("not reached")

while False:
    print("never")
else:
    print("else runs when the condition is false at once")


def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return f"{n} is prime"
    return f"{n} = {d} * {n // d}"


for n in (2, 15, 17, 91, 97, 1001):
    print(find_factor(n))

# Collatz with a step counter and an early exit
x = 27
steps = 0
peak = x
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    peak = max(peak, x)
    steps += 1
    if steps > 1000:
        print("gave up")
        break
else:
    print("27 reaches 1 after", steps, "steps, peak", peak)

# Digits of a number, least significant first
num = 90817
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits)
queue = [1]
while queue and len(queue) < 20:
    item = queue.pop(0)
    queue.extend([item * 2, item * 3])
print(sorted(queue))
