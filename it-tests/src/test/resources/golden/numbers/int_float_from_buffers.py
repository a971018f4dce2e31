# int() and float() of bytes-like objects (bytes, bytearray, memoryview: ASCII text only, errors
# showing a repr), int.from_bytes of any bytes-like or iterable, and to_bytes edge lengths.
for obj in [b"42", bytearray(b"  -7 "), memoryview(b"1_000"), b"0x1f", bytearray(b"\xff1"), memoryview(b"12\x00")]:
    try:
        print(repr(obj) if not isinstance(obj, memoryview) else "memoryview", int(obj))
    except ValueError as e:
        print("ValueError:", e)
print(int(b"0x1f", 16), int(bytearray(b"z"), 36), int(b"0b101", 0))
try:
    int(memoryview(b"12"), 10)
except TypeError as e:
    print("TypeError:", e)
for obj in [b"1.5", bytearray(b" -2e3 "), memoryview(b"inf"), b"1_0.5", bytearray(b"x1"), b"\xe9"]:
    try:
        print(float(obj))
    except ValueError as e:
        print("ValueError:", str(e).replace(repr(obj), "<obj>") if isinstance(obj, memoryview) else e)
print(int.from_bytes(bytearray(b"\x01\x02")), int.from_bytes(memoryview(b"\x01\x00"), "little"),
      int.from_bytes(iter([1, 2]), "big"), int.from_bytes(bytearray(), signed=True))
for v, n in [(-1, 0), (0, 0), (-2, 0), (1, 0), (-128, 1), (-129, 1), (127, 1), (128, 1), (-(2**63), 8)]:
    try:
        print(v, n, v.to_bytes(n, "big", signed=True))
    except OverflowError as e:
        print(v, n, "OverflowError:", e)
