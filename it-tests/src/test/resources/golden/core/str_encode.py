# str.encode / bytes.decode with codecs and error handlers; exact UnicodeError messages.

s = "Grüße, 世界 😀"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-8-sig"):
    b = s.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == s)

print("plain".encode(), "plain".encode("ascii"), "café".encode("latin-1"), "café".encode("cp1252"))
for errors in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))

try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

data = "naïve ☃".encode("utf-8")
print(data, data.decode(), data.decode("utf-8"), data.decode("latin-1"))
bad = b"ok \xff\xfe bad \xc3"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.start, e.end, e.reason, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print(bytes("é", "utf-8"), bytearray("é", "utf-16-le"), len("😀".encode("utf-16")))
for ch in ("A", "é", "€", "😀"):
    print(ch, ch.encode("utf-8").hex(" "), ch.encode("utf-16-be").hex(), len(ch.encode("utf-32-le")))
