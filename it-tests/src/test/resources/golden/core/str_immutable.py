# Strings are immutable: item/slice assignment and deletion fail; methods return new strings.

s = "hello"
for attempt in ("item", "slice", "del", "attr"):
    try:
        if attempt == "item":
            s[0] = "H"
        elif attempt == "slice":
            s[1:3] = "EL"
        elif attempt == "del":
            del s[0]
        else:
            s.upper = None
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

t = s.upper()
print(s, t, s is not t)
u = s
u += " world"
print(s, "|", u)

# Building a modified copy
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s[:1].upper() + s[1:], s.replace("l", "L", 1), s[::-1])

# Strings are hashable and usable as dict keys and set members
d = {s: 1, t: 2}
print(d[s], d["HELLO"], "hello" in d, len({"a", "a", "b"}))

# Methods never modify the original
original = "  Mixed Case  "
results = [original.strip(), original.lower(), original.replace(" ", ""), original.center(20, "*")]
print(results, repr(original))

# str has no append / reverse / sort
for name in ("append", "reverse", "sort", "__setitem__", "__delitem__"):
    print(name, hasattr(str, name), hasattr(list, name))
try:
    "abc".append("d")
except AttributeError as e:
    print("AttributeError:", e)
try:
    str.x = 1
except TypeError as e:
    print("TypeError:", e)
