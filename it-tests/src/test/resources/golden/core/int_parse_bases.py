# int() parsing: bases 2..36 and 0, prefixes, underscores, whitespace and signs.

cases = [
    ("42", 10), ("  42  ", 10), ("+42", 10), ("-42", 10), ("0042", 10), ("1_000_000", 10),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 16), ("-0x_ff", 16), ("777", 8),
    ("0o777", 8), ("0o7_7_7", 8), ("101", 2), ("0b101", 2), ("0B1_0_1", 2), ("z", 36),
    ("Zz", 36), ("helloworld", 36), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0),
    ("0", 0), ("00", 0), ("-0x1F", 0), ("1_2", 0), ("\t\n 7 \r", 10), ("٣", 10),
    ("12", 3), ("11", 5), ("zz", 36), ("1" * 30, 2),
]
for text, base in cases:
    print(repr(text), base, "->", int(text, base))

print(int("123"), int("-0"), int(" -1_1 "))
print(int(b"77"), int(b"77", 8), int(bytearray(b"ff"), 16))

# The number a string means in each base
for base in (2, 8, 10, 16, 36):
    print(base, int("101", base))

# Keyword base
print(int("beef", base=16), int("10", base=2))

# Round-trip through format
for n in (0, 1, 255, -255, 2 ** 80, -(2 ** 80)):
    for spec, base in (("b", 2), ("o", 8), ("x", 16), ("d", 10)):
        assert int(format(n, spec), base) == n
    print(n, "round-trips", format(n, "#x"), int(format(n, "#x"), 0))
