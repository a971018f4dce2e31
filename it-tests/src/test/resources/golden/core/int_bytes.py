# int.to_bytes / int.from_bytes with both byte orders and signedness.

for n in (0, 1, 255, 256, 1024, 65535, 2 ** 32 - 1, 2 ** 64):
    length = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(length, "big")
    little = n.to_bytes(length, "little")
    print(n, length, big, little, big.hex(), int.from_bytes(big, "big"), int.from_bytes(little, "little"))

for n in (-1, -128, -129, 127, -32768, -(2 ** 63)):
    b = n.to_bytes(8, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))

print((1).to_bytes(4, byteorder="little"))
print((1).to_bytes())
print((200).to_bytes(2))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\xff\xff"), "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x80\x00", "little", signed=True))

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("(256).to_bytes(1, 'big')", lambda: (256).to_bytes(1, "big"))
attempt("(-1).to_bytes(2, 'big')", lambda: (-1).to_bytes(2, "big"))
attempt("(128).to_bytes(1, 'big', signed=True)", lambda: (128).to_bytes(1, "big", signed=True))
attempt("(1).to_bytes(2, 'middle')", lambda: (1).to_bytes(2, "middle"))
attempt("(1).to_bytes(-1, 'big')", lambda: (1).to_bytes(-1, "big"))
attempt("int.from_bytes('ab', 'big')", lambda: int.from_bytes("ab", "big"))
attempt("(0).to_bytes(0, 'big')", lambda: (0).to_bytes(0, "big"))
attempt("(-1).to_bytes(0, 'big', signed=True)", lambda: (-1).to_bytes(0, "big", signed=True))

# Packing three 16-bit fields and unpacking them again
fields = [513, 65535, 7]
packed = b"".join([f.to_bytes(2, "little") for f in fields])
print(packed, len(packed))
unpacked = [int.from_bytes(packed[i:i + 2], "little") for i in range(0, len(packed), 2)]
print(unpacked, unpacked == fields)
