# str.encode with the built-in codecs, their aliases and every built-in error handler.
s = "Grüße, 世界 😀"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "utf-16", "utf-16-le", "utf-16BE", "utf-32", "utf_32_le", "utf-8-sig",
            "latin-1", "iso-8859-1", "l1", "ascii", "us-ascii", "646"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(errors, enc, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, "UnicodeEncodeError:", e, e.start, e.end)
print("a\udc80b".encode("utf-8", "surrogateescape"), "a\udcffb".encode("latin-1", "surrogateescape"))
print("\ud800x".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-16-le", "surrogatepass"))
print("x\ud800y".encode("utf-8", "replace"), "x\ud800y".encode("utf-8", "ignore"), "x\ud800".encode("utf-8", "backslashreplace"))
print("abc".encode(), "abc".encode(encoding="ascii"), "é".encode(errors="strict"), "é".encode("utf-8", errors="ignore"))
print("plain".encode("ascii", "no-such-handler"))
for call in [lambda: "é".encode("ascii"), lambda: "\ud800".encode(), lambda: "é".encode("no-such-codec"),
             lambda: "é".encode("ascii", "no-such-handler"), lambda: "é".encode(1), lambda: "é".encode("ascii", None),
             lambda: "a€😀".encode("latin-1"), lambda: "\udfff".encode("utf-32")]:
    try:
        print(call())
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
