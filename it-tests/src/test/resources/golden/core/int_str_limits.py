# int <-> str conversion: repr/str/format and CPython's 4300-digit limit (sys.int_info).
import sys

n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-5:])

try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)

try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)

print(len(str(int("9" * 4300))))
# Power-of-two bases are not limited
big = 1 << 20000
print(len(hex(big)), len(bin(big)), len(oct(big)))
print(int(hex(big), 16) == big)

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4500)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
sys.set_int_max_str_digits(4300)

# Ordinary conversions
for v in (0, -0, 7, -7, 1234567890123456789012345678901234567890):
    print(str(v), repr(v), format(v, ","), format(v, "_"), f"{v:+}", hex(v), oct(v), bin(v)[:20])
