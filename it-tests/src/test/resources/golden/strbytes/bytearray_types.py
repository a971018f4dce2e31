# bytearray: constructor, repr, comparisons with any buffer, unhashability, shared methods returning bytearray.
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"), bytearray(memoryview(b"m")),
      bytearray(iter(b"gen")), bytearray(bytearray(b"copy")), bytearray(source=b"kw"), bytearray(True))
print(repr(bytearray(b"\x00'\"\\\x7f\xff")), str(bytearray(b"s")), bytearray(b"a") == b"a", bytearray(b"a") < b"b",
      b"a" < bytearray(b"b"), bytearray(b"a") == memoryview(b"a"), bytearray(b"a") != "a", bytearray(b"ab") >= b"ab")
ba = bytearray(b"Hello World")
r = [ba.upper(), ba.lower(), ba.title(), ba.replace(b"o", b"0"), ba.strip(b"Hd"), ba.center(15, b"*"), ba.zfill(13),
     ba.split(), ba.partition(b" "), ba.rpartition(b"q"), bytearray(b"-").join([b"a", b"b"]), ba[1:3], ba.expandtabs(),
     ba.removeprefix(b"He"), ba.translate(None, b"l"), ba.splitlines(), ba * 1, ba.ljust(12)]
print(r)
print([type(x).__name__ for x in r])
print(ba.find(b"o"), ba.count(b"l"), ba.isalpha(), ba.decode(), ba.hex(" "), ba.startswith(b"He"), list(ba[:3]))
print(type(iter(ba)).__name__, list(iter(bytearray(b"it"))), ba[0], ba[-1], bytearray(b"abc")[::-1])
it = iter(ba)
next(it)
ba[1] = 69
print(next(it), ba.__alloc__() >= len(ba), sorted(ba)[:3])
for call in [lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: bytearray(1, 2, 3, 4),
             lambda: bytearray("a"), lambda: bytearray(b"a", "ascii"), lambda: bytearray([256]), lambda: bytearray(1.5),
             lambda: bytearray(-2), lambda: bytearray(encoding="ascii"), lambda: bytearray(x=1), lambda: bytearray(None),
             lambda: bytearray(b"a") < "a", lambda: bytearray(b"a") + "a", lambda: bytearray(b"x")[5],
             lambda: bytearray(b"x")["a"]]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
b2 = bytearray(b"reinit")
b2.__init__(b"new")
print(b2)
b2.__init__()
print(b2)
