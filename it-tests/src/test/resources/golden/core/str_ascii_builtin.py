# ascii() escapes non-ASCII characters with \x, \u or \U; repr() keeps printable ones.

values = ["plain", "café", "naïve – dash", "日本", "😀", "\u200b", "tab\t", "\x7f", 42, 3.5, None,
          ["ü", ("ß",)], {"clé": "valeur"}, b"\xff", "\U0001d518", "\xa0"]
for v in values:
    print(ascii(v), "|", repr(v), "|", ascii(v) == repr(v))


class Greeting:
    def __repr__(self):
        return "Grüß Gott 👋"


g = Greeting()
print(repr(g), ascii(g), f"{g!a}", "%a" % g, str([g]), ascii([g]))
print(ascii("'"), ascii('"'), ascii("'\""), ascii("\\"))
print(eval(ascii("résumé 😀")) == "résumé 😀")
print(len(ascii("\U0010ffff")), ascii("\U0010ffff"), ascii("\uffff"), ascii("\xff"))
for code in (0x7e, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000):
    print(hex(code), ascii(chr(code)))
print(ascii(""), ascii(''), ascii("".join([chr(c) for c in range(0x3b1, 0x3b6)])))
