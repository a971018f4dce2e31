# Case conversion, including the special casings of Unicode.

words = ["hello world", "HELLO World", "hello-world_foo bar", "they're bill's friends", "ǆungla",
         "straße", "ΣΟΦΟΣ ΑΣ", "İstanbul", "ﬁnance", "ŉ", "123abc", "o'NEIL mc'donald", "  spaced  out  ",
         "ß", "ǈ", "ΐ", "Ⅻ", "ﬀ"]
for w in words:
    print(repr(w))
    print("   upper", repr(w.upper()), len(w.upper()))
    print("   lower", repr(w.lower()), len(w.lower()))
    print("   casefold", repr(w.casefold()))
    print("   title", repr(w.title()), "capitalize", repr(w.capitalize()), "swapcase", repr(w.swapcase()))

print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
print("ΣΑΣ".lower(), "ΑΣ ΣΑ Σ".lower(), "σς".upper())
print("hello".upper().lower().title(), "a1b2c3".upper(), "ÀÉÎÕÜ".lower())
print("x".upper() is not None, "".upper() == "", "123".title(), "a.b,c d".title())

# Case-insensitive comparison and sorting
names = ["bob", "Alice", "alice", "Émile", "eve", "Zoë", "ÉMILE", "STRASSE", "straße"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=str.casefold))
groups = {}
for n in names:
    groups.setdefault(n.casefold(), []).append(n)
for key in sorted(groups):
    print(key, groups[key])

# Methods called through the class
print(str.upper("abc"), str.title("ab cd"), list(map(str.swapcase, ["aB", "Cd"])))
