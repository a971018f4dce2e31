# bytearray item and slice assignment and deletion, including extended slices and self-assignment.
def show(label, b):
    print(label, b)

b = bytearray(b"abcdefgh")
b[0] = 65
b[-1] = 72
show("items", b)
b[1:3] = b"XYZ"
show("grow", b)
b[1:4] = b""
show("shrink", b)
b[2:2] = [1, 2]
show("insert", b)
b[::2] = b"1234"
show("extended", b)
b[::-1] = bytearray(b"abcdefgh")
show("reversed", b)
b[5:1] = b"Q"
show("empty range", b)
b[1:3] = b
show("self", b)
b[:] = memoryview(b"mv")
show("memoryview", b)
b[1:1] = iter([103, 101, 110])
show("iterator", b)
del b[0]
show("del item", b)
del b[::2]
show("del extended", b)
del b[:]
show("del all", b)
c = bytearray(b"0123456789")
c[::3] = b""
show("extended delete via empty", c)
del c[-1]
c[len(c):] = b"end"
show("append via slice", c)
d = bytearray(b"abcdef")
d[1:5:2] = [88, 89]
d[-1:-4:-2] = b"PQ"
show("steps", d)
for label, stmt in [("big", "d[0] = 256"), ("bytes item", "d[0] = b'x'"), ("float", "d[0] = 1.5"),
                    ("index", "d[10] = 1"), ("key", "d['a'] = 1"), ("str slice", "d[1:2] = 'xy'"),
                    ("int slice", "d[1:2] = 5"), ("None slice", "d[1:2] = None"), ("bad item", "d[1:2] = [300]"),
                    ("extended size", "d[::2] = b'x'"), ("del index", "del d[10]"), ("del key", "del d[1.5]"),
                    ("step zero", "d[::0] = b''"), ("float slice", "d[1.5:] = b''")]:
    try:
        exec(stmt)
        print(label, d)
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)
