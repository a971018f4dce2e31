# One call of every public str method on the same sample, to catch any missing method.

s = "  Hello, World 42!  "
calls = [
    ("capitalize", ()), ("casefold", ()), ("center", (26, "*")), ("count", ("l",)), ("encode", ()),
    ("endswith", ("  ",)), ("expandtabs", (4,)), ("find", ("World",)), ("format", ()), ("format_map", ({},)),
    ("index", ("o",)), ("isalnum", ()), ("isalpha", ()), ("isascii", ()), ("isdecimal", ()), ("isdigit", ()),
    ("isidentifier", ()), ("islower", ()), ("isnumeric", ()), ("isprintable", ()), ("isspace", ()),
    ("istitle", ()), ("isupper", ()), ("join", (["a", "b"],)), ("ljust", (24, ".")), ("lower", ()),
    ("lstrip", ()), ("partition", (",",)), ("removeprefix", ("  He",)), ("removesuffix", ("!  ",)),
    ("replace", ("l", "L")), ("rfind", ("o",)), ("rindex", ("l",)), ("rjust", (24, "-")), ("rpartition", ("o",)),
    ("rsplit", (None, 1)), ("rstrip", ()), ("split", (",",)), ("splitlines", ()), ("startswith", ("  H",)),
    ("strip", (" !",)), ("swapcase", ()), ("title", ()), ("translate", ({72: "J"},)), ("upper", ()),
    ("zfill", (25,)),
]
seen = set()
for name, args in calls:
    seen.add(name)
    result = getattr(s, name)(*args)
    print(f"{name:>13}{args!r:<22} -> {result!r}")

public = sorted([m for m in dir(str) if not m.startswith("_")])
print("not called:", [m for m in public if m not in seen])
print(str.maketrans("ab", "cd") == {97: 99, 98: 100})

# Methods are bound to the instance; unbound ones take it as the first argument
up = s.upper
print(up(), str.upper(s) == up(), str.strip is str.__dict__["strip"], callable(up))
print(list(map(str.strip, [" a ", "b  "])), sorted(["b", "A", "c"], key=str.lower))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
try:
    s.center()
except TypeError as e:
    print("TypeError:", e)
try:
    s.split(",", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
