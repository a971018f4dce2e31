# bytes() and bytearray() constructors, fromhex/hex, and their errors.

print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((255, 0)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("text", "utf-8"), bytes("é", "latin-1"), bytes("x", encoding="ascii"), bytes(memoryview(b"mv")))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x"), bytearray(range(65, 70)))


class Bytesish:
    def __bytes__(self):
        return b"from __bytes__"


class IndexSize:
    def __index__(self):
        return 4


print(bytes(Bytesish()), bytes(IndexSize()), bytearray(IndexSize()))
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("48 65 6c 6c 6f"), bytearray.fromhex("ff00"), b"\x01\xab".hex())
print(bytes([x * 2 for x in range(10)]), bytes(map(ord, "map")))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, UnicodeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("bytes([256])", lambda: bytes([256]))
attempt("bytes([-1])", lambda: bytes([-1]))
attempt("bytes(['a'])", lambda: bytes(["a"]))
attempt("bytes('text')", lambda: bytes("text"))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes(1.5)", lambda: bytes(1.5))
attempt("bytes(b'x', 'utf-8')", lambda: bytes(b"x", "utf-8"))
attempt("bytes('é', 'ascii')", lambda: bytes("é", "ascii"))
attempt("bytes(None)", lambda: bytes(None))
attempt("bytes.fromhex('abc')", lambda: bytes.fromhex("abc"))
attempt("bytes.fromhex('0g')", lambda: bytes.fromhex("0g"))
attempt("bytearray(1, 2)", lambda: bytearray(1, 2))
attempt("bytes(5, 'ascii')", lambda: bytes(5, "ascii"))
attempt("bytes([1.0])", lambda: bytes([1.0]))
attempt("bytes(object())", lambda: bytes(object()))
