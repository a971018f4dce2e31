# memoryview basics: zero-copy views on bytes and bytearray.

data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[2:5].tobytes(), mv.tolist()[:3], mv.readonly, mv.nbytes, mv.itemsize, mv.format)
print(bytes(mv[::2]), mv[::-1].tobytes(), mv.ndim, mv.shape, mv.strides)

mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[4:]
sub[0] = ord("E")
print(data, sub.tobytes(), len(sub))
print(mv == b"ABCdEfgh", mv == data, mv.tobytes() == bytes(data), mv.hex(), mv[1:3].hex())

ro = memoryview(b"read only")
print(ro.readonly, ro[0], ro[:4].tobytes(), ro.tobytes().upper())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[100]
except IndexError as e:
    print("IndexError:", e)

with memoryview(b"context") as m:
    print(m[:3].tobytes(), m.tolist()[-1])
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
print("released")

# Modifying through a view while keeping a copy
buf = bytearray(range(10))
view = memoryview(buf)[2:8]
copy = bytes(view)
for i in range(len(view)):
    view[i] = view[i] * 10
print(list(buf), list(copy), bytes(view) == bytes(buf[2:8]))
print(list(memoryview(b"\x01\x02\x03")), sum(memoryview(bytearray(b"\x05\x05"))))
