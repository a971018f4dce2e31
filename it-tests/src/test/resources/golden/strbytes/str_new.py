# The str constructor: str(object), str(bytes, encoding, errors), keywords, subclasses and errors.
class WithStr:
    def __str__(self):
        return "custom str"

class WithRepr:
    def __repr__(self):
        return "custom repr"

print(repr(str()), str(12), str(-3.5), str(None), str(True), str([1, "a"]), str(WithStr()), str(WithRepr()))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "ascii", "ignore"), str(b"a\xffb", errors="replace"))
print(str(object="kw"), str(b"kw", encoding="utf-8"), repr(str(encoding="utf-8")), repr(str(errors="strict")))
print(str(b"x"), str(memoryview(b"mv"), "ascii"), str(b"\xef\xbb\xbfbom", "utf-8-sig"), str(b"A\x00", "utf-16-le"))

class S(str):
    pass

x = S("sub")
print(type(x).__name__, x, type(str(x)).__name__, str(x) == "sub", type(S()).__name__, repr(S()))
print(str.__new__(S, "made").upper(), type(str.__new__(S, "made")).__name__)
for call in [lambda: str(1, 2, 3, 4), lambda: str(x=1), lambda: str("a", object="b"), lambda: str(b"x", 1),
             lambda: str(b"x", "utf-8", 1), lambda: str("abc", "utf-8"), lambda: str(1, "utf-8"),
             lambda: str(b"\xff", "ascii"), lambda: str(b"x", "no-such-codec"), lambda: str.__new__(int),
             lambda: str.__new__(1), lambda: str.__new__(), lambda: str(encoding=1, errors=2, object=3, x=4),
             lambda: str(b"x", encoding=None)]:
    try:
        print(repr(call()))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
