# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: attributes, str, repr, hierarchy.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e), repr(e), e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeDecodeError.__mro__[1].__name__)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
try:
    b"\xe2\x28\xa1".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    b"a\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e)
try:
    "abc€".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.object, e.start, e.end, repr(e))
try:
    "€€x€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    "x😀".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
e = UnicodeDecodeError("my-codec", b"\x01\x02\x03", 1, 2, "made up")
print(e, e.args, e.object)
e.start = 0
e.end = 3
e.reason = "changed"
print(e)
print(UnicodeDecodeError("c", bytearray(b"xy"), 0, 2, "r"), UnicodeDecodeError("c", memoryview(b"xy"), 5, 7, "r"))
u = UnicodeEncodeError("enc", "h\xe9llo\u20ac\U0001f600", 1, 2, "why")
print(u, "|", UnicodeEncodeError("enc", "h\u20ac", 1, 2, "w"), "|", UnicodeEncodeError("enc", "x\U0001f600", 1, 2, "w"))
print(UnicodeEncodeError("enc", "abc", 0, 3, "many"), UnicodeEncodeError("enc", "abc", 2, 2, "none"))
t = UnicodeTranslateError("abc", 1, 2, "no map")
print(t, t.encoding, t.object, t.args, UnicodeTranslateError("abc", 0, 3, "all"))
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))), UnicodeError("plain"), UnicodeError())
for call in [lambda: UnicodeDecodeError("a"), lambda: UnicodeDecodeError(1, b"", 0, 0, "r"),
             lambda: UnicodeDecodeError("a", "str", 0, 0, "r"), lambda: UnicodeEncodeError("a", b"x", 0, 0, "r"),
             lambda: UnicodeDecodeError("a", b"", 1.5, 0, "r"), lambda: UnicodeTranslateError("x", 0, 0)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print("caught as ValueError:", e)
