# int.to_bytes / int.from_bytes: byte orders, signedness, default arguments, subclasses and errors.
for v in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, -32768, 2**63 - 1, -(2**63)]:
    n = max(1, (v.bit_length() + 8) // 8)
    big = v.to_bytes(n, "big", signed=True)
    little = v.to_bytes(n, "little", signed=True)
    print(v, n, big, little, int.from_bytes(big, "big", signed=True), int.from_bytes(little, "little", signed=True))
print((5).to_bytes(), (5).to_bytes(2), (1024).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\xff\xff", signed=True), int.from_bytes(b""),
      int.from_bytes([1, 2, 3], "little"), int.from_bytes((255,), "big", signed=True))
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x00\x10", "big")
print(m, type(m).__name__, bool.from_bytes(b"\x01"), type(bool.from_bytes(b"\x00")).__name__)
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (5).to_bytes(-1, "big"), lambda: (5).to_bytes(1, "middle"), lambda: (5).to_bytes(1, 5),
          lambda: int.from_bytes("abc", "big"), lambda: int.from_bytes(7, "big"), lambda: int.from_bytes([256], "big"),
          lambda: int.from_bytes(b"\x01", "sideways")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int.from_bytes((2**200).to_bytes(26, "big"), "big") == 2**200)
