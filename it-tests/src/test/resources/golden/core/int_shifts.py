# Shifts: << multiplies by a power of two, >> floor-divides (so negatives round down).

for x in (1, 3, -1, -3, 5, -5, 2 ** 40):
    print(x, [x << k for k in range(0, 5)], [x >> k for k in range(0, 5)])

print(1 << 100)
print((1 << 100) >> 99)
print(-(1 << 100) >> 1000)
print((1 << 100) >> 1000)
print(-1 >> 1, -2 >> 1, -3 >> 1, -1 >> 100)
print(255 >> 4 << 4)
print(0 << 1000, 0 >> 1000)

for x in (-7, 7, -(10 ** 30), 10 ** 30):
    for k in (1, 3, 64):
        assert x >> k == x // (2 ** k), (x, k)
        assert x << k == x * 2 ** k, (x, k)
print("shift identities hold")

for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print("ValueError:", e)

try:
    print(1 << 1.0)
except TypeError as e:
    print("TypeError:", e)

try:
    print(1.0 >> 1)
except TypeError as e:
    print("TypeError:", e)

x = 3
x <<= 10
print(x)
x >>= 4
print(x)
print(True << 5, False >> 2)

# Building a number from bits
bits = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1]
n = 0
for bit in bits:
    n = (n << 1) | bit
print(n, bin(n), format(n, "b") == "".join(map(str, bits)))
# And back
out = []
m = n
while m:
    out.append(m & 1)
    m >>= 1
print(out[::-1] == bits)
