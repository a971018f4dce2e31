# memoryview over bytes and bytearray: attributes, indexing, slicing, tobytes/tolist/hex, release, with, cast.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.tobytes(), m.tolist())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.obj, m.c_contiguous,
      m.contiguous, m.f_contiguous)
s = m[1:5:2]
print(s.tobytes(), s.nbytes, s.shape, s.strides, s.contiguous, s.obj is m.obj, len(s), list(s), s.hex())
print(m == b"abcdef", m == bytearray(b"abcdef"), m == m[:], m != b"x", m == "abcdef", m[1:3] == b"bc",
      memoryview(b"") == b"", hash(m) == hash(b"abcdef"), bytes(m[2:4]), bytearray(m[4:]))
print(m.hex(), m.hex(":"), m.hex("-", 2), m.tobytes("C"), m.tobytes(order="F"), m.tobytes(None))
mm = memoryview(m)
print(mm.tobytes(), mm.obj, memoryview(m[2:])[1], memoryview(bytearray(b"xy")).readonly, m.toreadonly().readonly)
c = m.cast("B")
print(c.tolist(), c.format, m.cast("c").tolist(), m.cast("c")[0], m.cast("@B").format)
with memoryview(b"context") as cm:
    print(cm[:3].tobytes(), cm.tolist()[-1])
print(repr(cm).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
for call in [lambda: cm[0], lambda: len(cm), lambda: cm.tobytes(), lambda: cm.obj, lambda: cm.nbytes, lambda: cm.format]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
cm.release()
print(cm == cm, cm == b"context")
r = memoryview(b"rel")
r.release()
r.release()
print("released twice")
for call in [lambda: memoryview("s"), lambda: memoryview(5), lambda: memoryview(), lambda: m[10], lambda: m[-7],
             lambda: m["a"], lambda: m[1.5], lambda: m[()], lambda: m < m, lambda: m + b"x", lambda: m * 2,
             lambda: m.tobytes("X"), lambda: m[::2].cast("B"), lambda: hash(memoryview(bytearray(b"w"))),
             lambda: m[::0]]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
