# Edge cases around the str fast paths: one-char strs from iteration and indexing (Latin-1,
# other BMP, lone surrogates, astral), ord(), comparisons and dict membership of such chars,
# built-in method calls of 0-3 arguments, iter() of every kind of iterable, truthiness through
# __bool__/__len__, and str.format fields of exact and derived types.

text = "aé€\ud800x\U0001F600\udc00z"
for ch in text:
    print(ascii(ch), ord(ch), len(ch), ch < " ", ch < "\u20ac", ch == "\u20ac", ch > "\ud7ff", hash(ch) == hash(ch + ""))
print([ord(text[i]) for i in range(len(text))])
print([ascii(text[-i]) for i in range(1, len(text) + 1)])
esc = {"é": "E", "\ud800": "S", "\U0001F600": "F", "a": "A"}
print("".join(esc[ch] if ch in esc else "." for ch in text))
wide = "\ud83d" + "\ude00"
print(len(wide), [hex(ord(c)) for c in wide], wide == "\U0001F600")
for bad in ("", "ab", "\U0001F600\U0001F600", 5, b"xy", None):
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError:", e)
print(ord(b"z"), ord(bytearray(b"\xff")))


class Pieces(list):
    def append(self, x):
        super().append(("wrapped", x))


out = []
p = Pieces()
for target in (out, p):
    target.append("x")
    target.append(1)
print(out, p)
d = {"k": 1}
print(d.get("k"), d.get("missing"), d.get("missing", 7), "a,b,c".split(","), "a,b,c".split(",", 1))
print("abc".upper(), "  s  ".strip(), "x".center(5, "*"), "aXbXc".replace("X", "-", 1))
try:
    "abc".startswith()
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        return 1


for obj in (Truthy(True), Truthy(False), Sized(), object(), 0.0, "", "x", (), {}, set(), frozenset([1])):
    print(type(obj).__name__, "yes" if obj else "no", not obj)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


class It:
    def __iter__(self):
        return iter("xy")


for it in ("héllo", {"a": 1, "b": 2}, {3}, frozenset(), {"k": "v"}.items(), Seq(), It(), range(2), (1, 2), [5], b"ab", iter([9])):
    print(type(it).__name__, [x for x in it])
for bad in (5, None):
    try:
        for x in bad:
            pass
    except TypeError as e:
        print("TypeError:", e)


class Str(str):
    def __format__(self, spec):
        return "<" + spec + ">"


class Str2(str):
    def __str__(self):
        return "overridden"


print("{0}|{0:>6}|{1}|{1:x}|{2:.3f}|{2}|{3}|{3:>4}|{4}|{4:^12}".format("ab", 255, 2.5, Str("s"), Str2("t")))
print("{١}{٠}".format("zero", "one"), "{0[١]}".format(["a", "b"]))
print(f"{Str('q')}|{Str('q'):x}|{Str2('r')}|{Str2('r'):>12}|{'é'!r:>5}|{'\ud800'!a}")
print("%s|%r|%-6s|%5s|%c|%c" % ("é", "\ud800", "€", Str2("u"), 0x20ac, "\U0001F600"))
