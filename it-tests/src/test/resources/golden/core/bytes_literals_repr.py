# bytes literals and repr: escapes for non-printables, quote selection, all 256 byte values.

print(b"", b"abc", b'single', b"it's", b'say "x"', b"both ' \"", b"\x00\x7f\x80\xff", b"\t\n\r\\")
print(rb"\x00 raw", len(rb"\x00"), b"\101\102", b"a" b"b" b'c', b"""tri
ple""")
row = []
for i in range(256):
    row.append(repr(bytes([i]))[2:-1])
    if len(row) == 16:
        print(" ".join([f"{r:>4}" for r in row]))
        row = []
print(repr(bytes(range(32, 127))))
print(bytes([39]), bytes([34]), bytes([39, 34]), bytearray(b"'"), bytearray(b"\"'"))
print(str(b"x"), f"{b'x'}", "%s" % b"y", "%r" % b"z", [b"a", bytearray(b"b")], ascii(b"\xff"))
print(b"\n" == bytes([10]), b"A"[0], type(b"A"[0]).__name__, b"%c" % 65)
print(repr(bytearray()), repr(bytearray(b"\x00ab")), type(b"").__name__, type(bytearray()).__name__)
print(bytes.__name__, bytes.__mro__, bytearray.__mro__)

# bytes from a str of code points below 256 and back
s = "".join([chr(i) for i in range(0, 256, 17)])
b = s.encode("latin-1")
print(b, b.decode("latin-1") == s, len(b))
for v in (b"\x00" * 3, b"\\", b"'\"'", bytearray(b"\x7f\x80")):
    print(repr(v), eval(repr(v)) == v)
