# Builtins over text and bytes: ord, chr, ascii, repr, len, format, isinstance checks of the types.
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"\xff")), chr(97), chr(0x1F600), chr(0))
print(ascii("é€😀\n"), ascii(b"\xff"), ascii(["ü"]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(len("😀é"), len(b"\xf0\x9f\x98\x80"), len(bytearray(5)), len(memoryview(b"abc")[1:]))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes), type(b"").__name__,
      type(memoryview(b"")).__name__, str.__name__, bytes.__name__, bytearray.__name__, memoryview.__name__)
print(bytes.__mro__, bytearray.__mro__, str.__mro__, memoryview.__mro__)
for call in [lambda: ord("ab"), lambda: ord(""), lambda: ord(b"ab"), lambda: ord(1), lambda: ord(bytearray()),
             lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([b"b", b"a", b"ab"]), sorted(["b", "a", "ab", "B"]), "".join(sorted("hello")))
print(str(b"x", "ascii") + "y", bytes("y", "ascii") + b"z", "é".encode() + "€".encode("utf-8"))
