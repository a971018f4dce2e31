# Builtin classes whose single positional sub-pattern matches the whole subject.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex() as c:
            return f"complex {c} (complex is not self-matching)"
        case str("") | bytes(b""):
            return "empty text or bytes"
        case str(s):
            return f"str of length {len(s)}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case bytearray(ba):
            return f"bytearray {len(ba)}"
        case list([]):
            return "empty list"
        case list([first, *_]):
            return f"list starting {first!r}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return f"other {type(v).__name__}"


values = [True, False, 0, -7, 12, 2.5, 1j, "", b"", "text", b"ab", bytearray(3), [], ["x", 1], (1, 2),
          (1, 2, 3), {"k": 9}, {"a": 1, "b": 2}, frozenset({1}), {1, 2, 3}, None, range(2)]
for v in values:
    print(f"{v!r:22} {kind(v)}")


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(5):
    case int(x):
        print("int subclass self-matches:", x, type(x).__name__)

match MyStr("abc"):
    case MyStr("ABC"):
        print("subclass with its own __match_args__ uses it")
    case str("abc"):
        print("self-matching")

match 3:
    case float():
        print("no: int is not float")
    case int() | float():
        print("int() with no sub-patterns is just isinstance")

try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match "s":
        case str(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(real=r, imag=i, denominator=d):
        print("keyword patterns on int attributes:", r, i, d)
try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print("TypeError:", e)
match 2.5:
    case float(real=2.5, imag=0.0):
        print("float attributes match")
