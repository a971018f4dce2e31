# bytearray's mutating methods and in-place operators, with their errors.
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([49, 50])
ba.extend(bytearray(b"3"))
ba.extend(memoryview(b"4"))
ba.extend(iter([53, 54]))
ba.insert(0, 62)
ba.insert(-1, 95)
ba.insert(100, 36)
ba.insert(-100, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is not ba, len(ba))
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
x += memoryview(b"f")
x *= 2
print(x, y is x, x * 2, 2 * x, x + b"!", type(x + b"!").__name__, b"!" + x, type(b"!" + x).__name__)
x *= 0
print(x, y)
z = bytearray(b"xy")
z *= -3
print(z)
for call in [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
             lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").append("a"),
             lambda: bytearray(b"a").append(b"a"), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend("ab"),
             lambda: bytearray(b"a").extend([1, 300]), lambda: bytearray(b"a").insert(0, 999),
             lambda: bytearray(b"a").insert("0", 1), lambda: bytearray(b"a").remove(b"a"), lambda: bytearray(b"a").pop("x"),
             lambda: bytearray(b"a").remove(1000)]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for op in ["+=", "*="]:
    for arg in ["'s'", "1.5", "None", "5"]:
        w = bytearray(b"w")
        try:
            exec("w " + op + " " + arg)
            print(op, arg, w)
        except TypeError as e:
            print(op, arg, "TypeError:", e)
