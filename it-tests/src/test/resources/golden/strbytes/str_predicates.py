# The is* predicates over ASCII, Latin-1, other scripts, digits of many kinds and the empty string.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", " \t\n",
           "\u00a0\u2003", "\x1c\x1d", "hello world", "_id3", "3d", "class", "über", "ǅungla", "a\u0301",
           "\x00", "\x7f", "tab\t", "é", "ÿ", "😀", "𝟘𝟙", "Σίσυφος", "ΣΊΣΥΦΟΣ", "a b", "A1 B2"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" " * 12 + " ".join([n[2:6] for n in names]))
for s in samples:
    flags = ["  T  " if getattr(s, n)() else "  .  " for n in names]
    print(f"{s!r:>12}" + "".join(flags))
try:
    "x".isdigit(1)
except TypeError as e:
    print("TypeError:", e)
