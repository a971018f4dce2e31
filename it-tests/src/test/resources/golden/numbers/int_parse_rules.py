# int(text, base): prefixes, base 0, underscores, whitespace, signs, Unicode digits, bytes,
# and the exact ValueError/TypeError texts.
good = [("10", 10), ("  -42  ", 10), ("+7", 10), ("ff", 16), ("0xff", 16), ("0XFF", 0), ("0o17", 0),
        ("0b1010", 0), ("1_000_000", 10), ("0x_ff", 16), ("0b_1", 2), ("z", 36), ("Zz", 36), ("000", 0),
        ("0", 0), ("\u0661\u0662", 10), ("\uff11\uff10", 10), ("7\u00a0", 10), ("-0_0", 0), ("0_7", 10),
        ("12", 3), ("\t\n 99 \r", 10)]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1 2", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("09", 0),
       ("0b2", 0), ("12", 2), ("1.5", 10), ("0x_", 0), ("--1", 10), ("0o8", 8), ("abc", 10), ("ab\x00c", 16),
       ("9" * 300, 2)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
print(int(b"42"), int(b" -0x1F ", 16), int(b"1_0", 0))
for f in [lambda: int(b"4\xff2"), lambda: int("10", 1), lambda: int("10", 37), lambda: int("10", -1),
          lambda: int(10, 10), lambda: int(1.5, 2), lambda: int(base=10), lambda: int("10", "2"),
          lambda: int("10", 2.0), lambda: int([1, 2])]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(), int(" 12 "), int("-0"), int(True), int(-7.99), int(2.5e20), int("1" * 30))
