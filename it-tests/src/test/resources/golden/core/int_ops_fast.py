# The int fast paths of %, //, &, |, ^, <<, >> and their in-place forms: edges of the long
# range, signs, shifts past 63 bits, bools and int subclasses (which must take the general path).

class MyInt(int):
    def __mod__(self, other):
        return "MyInt.__mod__"

    def __rshift__(self, other):
        return "MyInt.__rshift__"


BIG = 2 ** 63
MIN = -(2 ** 63)
MAX = 2 ** 63 - 1
values = [0, 1, -1, 2, -2, 7, -7, 13, MAX, MIN, BIG, -BIG - 1, 10 ** 20]

for x in values:
    row = []
    for y in [1, -1, 2, -3, 7, MAX, MIN, BIG]:
        row.append((x % y, x // y, x & y, x | y, x ^ y))
    print(x, row)

for x in [1, -1, 3, -3, MAX, MIN, 12345]:
    print(x, [x << s for s in (0, 1, 31, 62, 63, 64, 70)], [x >> s for s in (0, 1, 62, 63, 64, 100, 1000)])

for x, y in [(5, 0), (MIN, 0)]:
    for op in ("%", "//"):
        try:
            print(eval("x %s y" % op))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
for s in (-1, -64):
    try:
        print(1 << s)
    except ValueError as e:
        print("<<", e)
    try:
        print(1 >> s)
    except ValueError as e:
        print(">>", e)

print(MIN // -1, MIN % -1, divmod(MIN, -1))
print(True & True, True | False, True ^ True, False << 3, True >> 0, True % 2, True // 1)
print(type(True & True).__name__, type(True % 2).__name__, type(True << 1).__name__)
m = MyInt(10)
print(m % 3, m >> 1, m // 3, type(m // 3).__name__, m & 6, 10 % MyInt(3), 3.5 % 2, 7.0 // 2, "%d-%s" % (4, "x"))

acc = 1
for i in range(1, 40):
    acc %= 1000003
    acc //= 1
    acc <<= 3
    acc >>= 1
    acc |= i
    acc &= 0xFFFFFFFFFFFF
    acc ^= i * 31
    print(acc, end=" ")
print()
s = "%s=%d"
s %= ("a", 1)
print(s)
