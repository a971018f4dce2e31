# Writing through memoryviews into a bytearray; read-only views refuse.
data = bytearray(b"abcdefgh")
view = memoryview(data)
view[0] = ord("A")
view[1:3] = b"BC"
view[-1] = 72
print(data, view.tobytes())
tail = view[4:]
tail[0] = ord("E")
tail[1:3] = bytearray(b"FG")
print(data, tail.tobytes(), tail.obj is data)
every = view[::2]
every[:] = b"1357"
print(data, every.tolist())
rev = view[::-1]
rev[0] = ord("z")
print(data, rev[0], rev[-1])
data[2] = 0x21
print(view[2], tail.tolist())
nums = bytearray(b"\x01\x02\x03\x04")
for i, v in [(0, 10), (1, 20), (3, 40)]:
    memoryview(nums)[i] = v
print(list(nums), sum(memoryview(nums)), list(memoryview(nums)[1:3]))
cv = memoryview(bytearray(b"xyz")).cast("c")
cv[0] = b"X"
print(cv.obj, cv[0], cv.tolist())
ro = memoryview(b"read only")
rw_ro = memoryview(bytearray(b"rw")).toreadonly()
for label, fn in [("ro item", lambda: ro.__setitem__(0, 1)), ("ro slice", lambda: ro.__setitem__(slice(0, 1), b"x")),
                  ("toreadonly", lambda: rw_ro.__setitem__(0, 1)), ("value", lambda: view.__setitem__(0, 300)),
                  ("negative", lambda: view.__setitem__(0, -1)), ("type", lambda: view.__setitem__(0, b"a")),
                  ("float", lambda: view.__setitem__(0, 1.5)), ("size", lambda: view.__setitem__(slice(0, 2), b"xyz")),
                  ("str", lambda: view.__setitem__(slice(0, 2), "xy")), ("index", lambda: view.__setitem__(20, 1)),
                  ("delete", lambda: view.__delitem__(0)), ("delete ro", lambda: ro.__delitem__(0)),
                  ("c value", lambda: cv.__setitem__(0, 65))]:
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)
print(data)
