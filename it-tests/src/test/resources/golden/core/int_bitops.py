# Bitwise operators on ints behave as if ints were infinite two's complement.

values = [0, 1, 5, 12, -1, -5, -12, 255, 2 ** 64 + 3, -(2 ** 64) - 3]

for a in values[:7]:
    print(a, "~", ~a, "&0xF", a & 0xF, "|0x10", a | 0x10, "^0xFF", a ^ 0xFF)

print()
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 70 - 1),
             (-(2 ** 70), 2 ** 70 - 1), (2 ** 64 + 3, -(2 ** 64) - 3)]:
    print(f"{a} & {b} = {a & b}")
    print(f"{a} | {b} = {a | b}")
    print(f"{a} ^ {b} = {a ^ b}")

print()
# Masks and flags
READ, WRITE, EXEC = 4, 2, 1
perms = READ | WRITE
print("perms", perms, bin(perms))
print("can read", bool(perms & READ), "can exec", bool(perms & EXEC))
perms |= EXEC
perms &= ~WRITE
print("after", perms, bin(perms))
perms ^= READ
print("toggled", perms)

# Identities
for x in (7, -7, 2 ** 100, -(2 ** 100)):
    print(x, ~x == -x - 1, x ^ x, x & ~x, x | ~x, (x & -x))

# Lowest set bit and popcount by hand
def popcount(n):
    n = abs(n)
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in (0, 1, 255, 256, 2 ** 100 - 1, -7):
    print(n, popcount(n), n.bit_count(), bin(n))

# bool operands
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
