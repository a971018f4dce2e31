# str() of many objects, str(bytes, encoding), __str__ vs __repr__, and str subclasses.

for v in (0, -1.5, 1e100, 2j, True, None, [1, "a"], (1,), {"k": "v"}, {3}, frozenset(), b"x", bytearray(b"y"),
          range(3), slice(1, 2), Ellipsis, NotImplemented, type, int, str, object):
    print(repr(str(v)))

print(str(), str(""), str("abc"), str(b"abc", "ascii"), str(b"\xe2\x82\xac", encoding="utf-8"))
print(str(b"bad \xff", "utf-8", "replace"), str(b"a", errors="strict"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Both:
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


class BadStr:
    def __str__(self):
        return 42


print(str(OnlyRepr()), repr(OnlyRepr()), str(Both()), repr(Both()), [Both()], (Both(),), f"{Both()}")
print("%s" % Both(), "{}".format(Both()), str([OnlyRepr(), "s"]))
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__)
print(isinstance(u, str), u == "HELLO", len(u), u[1:3], type(u[1:3]).__name__, str(u) == u, type(str(u)).__name__)
