# Indexing bytes gives ints; slicing gives bytes; iteration yields ints.

b = b"Python\x00\xff"
print(b[0], b[-1], b[6], b[1:4], b[::-1], b[::2], b[-2:], b[10:], b[3:3])
print([x for x in b], list(b), tuple(b[:3]), sum(b), max(b), min(b), sorted(b[:6]))
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1] == b"P", b[0] == ord("P"))
for i, byte in enumerate(b[:6]):
    print(i, byte, chr(byte), hex(byte), format(byte, "08b"))
print(list(reversed(b"abc")), b"abc" * 2, 2 * b"-", b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
try:
    b[8]
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"x")[5]
except IndexError as e:
    print("IndexError:", e)
ba = bytearray(b"abcdef")
print(ba[0], ba[1:3], type(ba[1:3]).__name__, ba[::-1], ba[-1])
it = iter(b"ok")
print(next(it), next(it), next(it, None))
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00\x00", bytearray(b"a") == b"a", b"a" == "a")
print(b"abc".index(98), b"hello"[1:].find(b"l"), b"xyz"[-1:] * 3)
