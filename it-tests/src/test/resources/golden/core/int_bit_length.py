# bit_length and bit_count, and their relation to log2 and bin().

for n in list(range(-9, 10)) + [2 ** 31, 2 ** 31 - 1, 2 ** 63, 2 ** 100 - 1, -(2 ** 100)]:
    s = bin(n)
    print(n, n.bit_length(), n.bit_count(), s, len(s.lstrip("-0b")) == n.bit_length() or n == 0)

print((0).bit_length(), (0).bit_count(), True.bit_length(), False.bit_count())

# Smallest power of two >= n
def next_pow2(n):
    return 1 if n <= 1 else 1 << (n - 1).bit_length()


for n in (0, 1, 2, 3, 5, 8, 9, 1000, 1024, 1025):
    print("next_pow2", n, next_pow2(n))

# Number of bytes needed
for n in (0, 1, 255, 256, 65535, 65536, 2 ** 64):
    print("bytes", n, (n.bit_length() + 7) // 8)

# Parity from bit_count
print([n for n in range(20) if n.bit_count() % 2 == 0])

# Gray codes
for i in range(8):
    g = i ^ (i >> 1)
    print(i, format(g, "03b"), g.bit_count())
