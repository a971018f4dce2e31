# Case mappings of str, including special casing (ß, ﬁ, İ, final sigma) and titlecase digraphs.
samples = ["hello world", "HELLO World", "ß straße", "ﬁne ﬂow", "İstanbul", "ΣΙΣΥΦΟΣ", "ǆemal ǅ", "o'neil mcdonald",
           "123abc DEF", "", "ŉ", "ǰ", "ΐ", "ﬃ", "hello\u0301 world", "a1b2 c3", "ᾳ ᾼ"]
for s in samples:
    print(repr(s), "->", repr(s.lower()), repr(s.upper()), repr(s.casefold()))
    print("   ", repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Σ".lower(), "ΑΣΑ".lower(), "Σ.".lower(), "AΣ'".lower())
print("ß".upper(), len("ß".upper()), "ß".casefold(), "ẞ".lower(), "ẞ".casefold())
print("they're bill's friends".title(), "hello WORLD".capitalize(), "ﬁrst".capitalize())
print("ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ǅ".swapcase())
print("ABC".lower() == "abc", "Straße".casefold() == "STRASSE".casefold())
# the methods take no arguments
for name in ("lower", "upper", "title", "casefold", "swapcase", "capitalize"):
    try:
        getattr("x", name)(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    str.lower(b"x")
except TypeError as e:
    print("TypeError:", e)
