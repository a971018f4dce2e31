# Converting ints to strings in any base by hand, checked against format() and int().

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"bad base {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


samples = [0, 1, -1, 9, 10, 35, 36, 255, -255, 1000, 2 ** 64, -(3 ** 50)]
for n in samples:
    row = [to_base(n, b) for b in (2, 3, 7, 16, 36)]
    print(n, row)
    for b in range(2, 37):
        assert int(to_base(n, b), b) == n
    assert to_base(n, 2) == format(n, "b")
    assert to_base(n, 8) == format(n, "o")
    assert to_base(n, 16) == format(n, "x")

print(hex(255), oct(255), bin(255), hex(-255), oct(-8), bin(-5))
print(format(255, "#X"), format(255, "#o"), format(255, "#b"), format(-255, "#x"))
print(f"{3735928559:x} {3735928559:#_x} {255:08b} {255:#010b} {-42:+#o}")

try:
    to_base(10, 40)
except ValueError as e:
    print("ValueError:", e)

# Balanced ternary
def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        r = n % 3
        if r == 2:
            out.append("-")
            n = n // 3 + 1
        else:
            out.append(str(r))
            n //= 3
    return "".join(reversed(out))


for n in range(-6, 7):
    print(n, balanced_ternary(n))
