# bytes methods mirror str methods but work on byte values.

data = b"  The Quick, Brown Fox; jumps over 12 lazy dogs.  "
print(data.strip(), data.lstrip(), data.rstrip(b" .s"), data.upper(), data.lower(), data.swapcase(), data.title())
print(data.split(), data.split(b","), data.rsplit(None, 2), data.split(b" ", 3), data.strip().split(b";", 1))
print(data.find(b"Fox"), data.rfind(b"o"), data.index(b"12"), data.count(b"o"), data.count(111), data.find(32))
print(data.startswith(b"  T"), data.endswith((b"x", b"  ")), b"o" in data, 111 in data, b"cat" in data)
print(data.replace(b"o", b"0"), data.replace(b" ", b"", 4), data.partition(b","), data.rpartition(b" "))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join([b"x"]))
print(b"abc".center(9, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"42".zfill(5), b"-42".zfill(5))
print(b"a\tb\tc".expandtabs(4), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"hello".capitalize(), b"Hello World".istitle(), b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit())
print(b"   ".isspace(), b"ABC".isupper(), b"abc".islower(), b"\xff".isalpha(), b"abc".isascii(), b"\x80".isascii())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"))
print(b"hello".hex(), b"hello".hex("-"), b"hello world".hex(" ", 4), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello world".translate(None, b"lo"), b"abc".translate(table, b"a"))
print(b"\xc3\xa9t\xc3\xa9".decode(), b"abc".decode("ascii"), b"caf\xe9".decode("latin-1"))
for bad in (lambda: data.find("Fox"), lambda: b"a".join(["b"]), lambda: data.split(","), lambda: bytes.fromhex("zz"),
            lambda: data.index(b"cat"), lambda: data.count(256), lambda: b"x".center(5, "*")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
