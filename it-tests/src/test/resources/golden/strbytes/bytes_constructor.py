# bytes(): from nothing, a count, an iterable of ints, a buffer, a str with an encoding, __bytes__.
class B:
    def __bytes__(self):
        return b"from __bytes__"

class Idx:
    def __index__(self):
        return 3

class Gen:
    def __init__(self):
        self.items = [65, 66]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

def gen():
    return Gen()

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((0x41, 0x42)), bytes(b"copy"), bytes(bytearray(b"ba")),
      bytes(memoryview(b"mv")), bytes(gen()), bytes(B()), bytes(Idx()), bytes({7: "x"}), bytes(iter([9])))
print(bytes("text", "ascii"), bytes("é", "utf-8"), bytes("é", "latin-1"), bytes("x", encoding="utf-16-le"),
      bytes(source="kw", encoding="ascii"), bytes("€", "ascii", "replace"), bytes(True), bytes([True, False]))
print(bytes.fromhex("4142 43"), bytes.fromhex(""), bytes.fromhex(" 01\n02\t"), bytes(0), bytes(b""))

class MyBytes(bytes):
    pass

m = MyBytes(b"sub")
print(type(m).__name__, m, repr(m), m == b"sub", type(m.upper()).__name__, type(m[0:1]).__name__,
      type(MyBytes.fromhex("41")).__name__, type(bytes(m)).__name__, MyBytes(2), MyBytes([65]))
for call in [lambda: bytes(-1), lambda: bytes("abc"), lambda: bytes("a", errors="strict"), lambda: bytes(1, "ascii"),
             lambda: bytes(b"x", "ascii"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
             lambda: bytes([1.5]), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(1, 2, 3, 4),
             lambda: bytes(x=1), lambda: bytes(b"", source=1), lambda: bytes("é", "ascii"), lambda: bytes(10**30),
             lambda: bytes(errors="strict"), lambda: bytes(encoding="ascii"), lambda: bytes.fromhex("4"),
             lambda: bytes.fromhex("zz"), lambda: bytes.fromhex(b"41"), lambda: bytes.fromhex("41 4"),
             lambda: bytes("x", 5), lambda: bytes(Gen), lambda: bytes.__new__(int), lambda: bytes({"a": 1})]:
    try:
        print(repr(call()))
    except (TypeError, ValueError, OverflowError, UnicodeEncodeError) as e:
        print(type(e).__name__ + ":", e)

class BadBytes:
    def __bytes__(self):
        return "not bytes"

try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)
