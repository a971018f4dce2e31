# bytes.decode / bytearray.decode with codecs and every built-in error handler.
data = b"Gr\xc3\xbc\xc3\x9fe \xe2\x82\xac \xf0\x9f\x98\x80"
print(data.decode(), data.decode("utf-8"), bytearray(data).decode("utf8"), data.decode(encoding="UTF-8"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("iso8859-1"), b"\xff\xfeA\x00".decode("utf-16"),
      b"\x00A".decode("utf-16-be"), b"A\x00\x00\x00".decode("utf-32-le"), b"\xef\xbb\xbfbom".decode("utf-8-sig"))
bad = b"ok\xffok\xc3(\xe2\x82ok\xed\xa0\x80"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
    try:
        print(errors, repr(bad.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print(repr(b"a\x80\xffb".decode("ascii", "replace")), repr(b"a\x80\xffb".decode("ascii", "surrogateescape")),
      repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr(b"abc".decode("ascii", "no-such")))
print(repr(b"\x00\xd8\x01".decode("utf-16-le", "replace")), repr(b"\xff\xff\x11\x00".decode("utf-32-le", "replace")))
for call in [lambda: bad.decode(), lambda: b"\x80".decode("ascii"), lambda: b"a".decode("no-such-codec"),
             lambda: b"\x80".decode("ascii", "no-such-handler"), lambda: b"x".decode(1), lambda: b"x".decode("ascii", 2),
             lambda: b"\xc3".decode(), lambda: b"\xf0\x9f\x98".decode("utf-8"), lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig"),
             lambda: b"x".decode(encoding=None)]:
    try:
        print(repr(call()))
    except (UnicodeDecodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
