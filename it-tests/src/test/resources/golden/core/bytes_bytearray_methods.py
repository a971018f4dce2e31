# bytearray shares the bytes methods; results are bytearrays, and some methods mutate in place.

ba = bytearray(b"  Hello, World  ")
for name, args in (("strip", ()), ("upper", ()), ("replace", (b"l", b"L")), ("split", (b",",)), ("center", (20, b"*")),
                   ("title", ()), ("zfill", (20,)), ("partition", (b",",)), ("removeprefix", (b"  He",)), ("hex", ()),
                   ("count", (b"l",)), ("find", (b"World",)), ("startswith", (b"  ",)), ("isspace", ()), ("join", ([b"a", b"b"],))):
    result = getattr(ba, name)(*args)
    print(f"{name:<13}{type(result).__name__:<10}{result!r}")
print(ba)
ba.extend(b"!")
ba += bytearray(b"?")
ba[0:2] = b">>"
print(ba, len(ba))
frozen = bytes(ba)
ba.clear()
print(frozen, ba)
buf = bytearray(8)
for i in range(len(buf)):
    buf[i] = (i * 37) % 256
print(buf, buf.hex(":"), list(buf))
buf[2:6] = bytes(reversed(buf[2:6]))
print(list(buf))
print(bytearray(b"abc") * 2, bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
print(bytearray.fromhex("0a 0b"), bytearray(b"AbC").swapcase(), bytearray(b"a,b").split(b","))
words = bytearray(b"one two three")
words[words.find(b"two"):words.find(b"two") + 3] = b"2"
print(words)
