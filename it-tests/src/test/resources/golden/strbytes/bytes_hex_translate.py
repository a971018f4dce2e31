# bytes.hex / fromhex with separators, translate and maketrans.
b = bytes([0, 1, 0x7f, 0x80, 0xab, 0xff])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"|", 4), b.hex(" ", -4), b.hex("_", 0), b"".hex(":"))
print(bytearray(b"\x12\x34\x56").hex("."), memoryview(b"\xde\xad\xbe\xef").hex(":", 2), b.hex(sep="/", bytes_per_sep=3))
print(bytes.fromhex("00 01 7f ff"), bytearray.fromhex("deadBEEF"), bytes.fromhex("  ab  cd  "), type(bytearray.fromhex("")))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcabc".translate(table, b"b"), b"abc".translate(None, b"ac"))
print(b"hello".translate(None), bytearray(b"hello").translate(table, b"l"), bytes.maketrans(b"", b"")[:4],
      bytearray.maketrans(bytearray(b"a"), memoryview(b"b"))[97], b"abc".translate(bytearray(table)))
for call in [lambda: b.hex("::"), lambda: b.hex("é"), lambda: b.hex(1), lambda: b.hex([1]), lambda: b.hex(":", 10**30),
             lambda: bytes.fromhex("0"), lambda: bytes.fromhex("g0"), lambda: bytes.fromhex("0 1"),
             lambda: bytes.fromhex("é1"), lambda: b"x".translate(b"short"), lambda: b"x".translate("x"),
             lambda: b"x".translate(None, "x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"),
             lambda: bytes.fromhex()]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
