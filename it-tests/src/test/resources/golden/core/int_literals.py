# Integer literal forms.

print(0, 00, 0_0, 1_000, 0b1010, 0B1111_0000, 0o17, 0O777, 0xdead_beef, 0XFF)
print(123456789012345678901234567890, 0x1_0000_0000_0000_0000_0000)
print(0b1 + 0o1 + 0x1 + 1)
print(-0b101, -0o10, -0x10, +0x10, ~0x10)
print(type(0x10).__name__, type(10 ** 100).__name__)
print(1_2_3_4, 0x_a, 0o_7, 0b_1)
print(9999999999999999999999 - 9999999999999999999998)

# Attribute access on literals needs a space or parentheses
print(1 .bit_length(), (255).bit_length(), 0x10 .real, 0b11.bit_count())
print(1 .__add__(2), (10).__repr__())

# Literals in containers
values = [0b0, 0b1, 0b10, 0b11, 0o4, 0x5, 6, 0o7, 0b1000]
print(values, sum(values))
print({0x1: "a", 0o2: "b", 0b11: "c"})

# Literals that denote the same number
print(255 == 0xff == 0o377 == 0b11111111 == 2_5_5)
# Long literals
n = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF
print(n, n + 1 == 2 ** 128)
