# UnicodeEncodeError/UnicodeDecodeError: attributes, messages, and constructing them directly.

try:
    "naïve café".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, repr(e.object), e.reason, e.args)
try:
    "日本語".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    b"ok\xe9ok".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.object, e.reason)
try:
    b"\xe6\x97".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xff\xff\xff".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e)
custom = UnicodeEncodeError("ascii", "xyz", 1, 3, "made up")
print(custom, custom.args, isinstance(custom, ValueError))
custom2 = UnicodeDecodeError("utf-8", b"abc", 0, 1, "reason")
print(custom2, custom2.object)
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as e:
    print("TypeError:", e)
print(UnicodeError.__mro__[1].__name__, issubclass(UnicodeEncodeError, UnicodeError))
one = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")
print(one)
print("é".encode("ascii", "replace"), b"\xe9".decode("utf-8", "replace"), "é".encode("ascii", "ignore"))
