# bytearray is the mutable bytes: item/slice assignment, append, extend, insert, pop, remove, del.

ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
ba.extend(range(49, 52))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 95)
ba.insert(100, 36)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-3), ba)
ba.remove(ord("o"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"-lots of text-"
print(ba)
ba[2:10] = b""
print(ba)
ba[::2] = b"X" * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"))
ba.clear()
print(ba, len(ba), bool(ba))
c = bytearray(b"abc")
d = c.copy()
d[0] = 122
print(c, d, c == b"abc", c is not d)

for bad in (lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, -1), lambda: c.__setitem__(0, b"x"),
            lambda: c.append(300), lambda: c.remove(120), lambda: bytearray().pop(), lambda: c.extend([1, "a"]),
            lambda: c.__setitem__(slice(0, 3, 2), b"xyz"), lambda: c.insert(0, "a")):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

try:
    b = b"immutable"
    b[0] = 73
except TypeError as e:
    print("TypeError:", e)
try:
    b"immutable".append(1)
except AttributeError as e:
    print("AttributeError:", e)
