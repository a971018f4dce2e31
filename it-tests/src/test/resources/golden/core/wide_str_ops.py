# Strs whose code points include a lone high surrogate directly followed by a lone low one:
# two code points, never the astral character their UTF-16 encoding would spell.
pair = "\ud83d\ude00"
astral = "\U0001F600"
print(pair == astral, pair != astral, len(pair), len(astral))
print(repr(pair), ascii(pair), repr(astral), ascii(astral))
print(pair < astral, pair > astral, sorted([astral, pair, "\ud83d", "\uffff"]) == ["\ud83d", pair, "\uffff", astral])

# pieces that meet at a seam
pieces = [
    chr(0xD83D) + chr(0xDE00),
    "\ud83d" "\ude00",
    "".join(["\ud83d", "\ude00"]),
    f"\ud83d{chr(0xDE00)}",
    "\ude00\ud83d" * 2,
    ("x\ud83d" + "\ude00x")[1:3],
    "\ud83dx\ude00"[::2],
]
for p in pieces:
    print(repr(p), len(p), p == pair, p == astral, [hex(ord(c)) for c in p])

# indexing, slicing, iteration
s = "a\ud83d\ude00b\U0001F600c"
print(len(s), repr(s[1]), repr(s[2]), repr(s[1:3]), repr(s[::-1]), repr(s[-2]), s[4] == astral)
print([c for c in s] == ["a", "\ud83d", "\ude00", "b", astral, "c"])

# hashing: dicts and sets keep the two strs apart
d = {pair: "pair", astral: "astral"}
print(len(d), d[pair], d[astral], d["\ud83d" + "\ude00"], len({pair, astral, chr(0xD83D) + chr(0xDE00)}))
print(hash(pair) == hash("\ud83d" + "\ude00"))

# searching and methods
t = "<" + pair + "|" + astral + ">"
print(pair in t, astral in t, "\ude00" in t, t.find("\ude00"), t.count("\ud83d"), t.index(astral))
print(repr(t.replace("\ud83d", "?")), repr(t.split("|")), repr(t.partition(pair)))
print(repr(t.upper()), repr(t.strip("<>")), repr(pair.center(6, "*")), t.startswith("<\ud83d"), t.endswith("\ude00>"))
print(repr("X\ude00".replace("X", "\ud83d")), len("X\ude00".replace("X", "\ud83d")))
print(repr("-".join([pair, astral, "\ud83d"])), repr(pair.join(["a", "b"])))
print(repr(f"[{pair}]"), repr(f"{pair!r}"), repr(f"{pair:>6}"), repr(f"{pair!a}"))
print(repr(str(pair)), str(pair) == pair, repr(pair + pair), len(pair + astral))
