# str methods on non-ASCII and non-BMP text.

deseret = "\U00010400\U00010401\U00010428"
print(ascii(deseret.lower()), ascii(deseret.upper()), len(deseret), deseret.isalpha(), deseret.isupper())
math_digits = "\U0001D7D8\U0001D7D9"
print(ascii(math_digits), math_digits.isdigit(), math_digits.isdecimal(), int(math_digits))
print(int("١٢٣"), int("\uff11\uff12"), float("\u0663.\u0665"))

spaces = "a\u00a0b\u2003c\u3000d\u2028e\x1cf\x1dg\x1eh\x1fi\x85j"
print(spaces.split())
print(len(spaces.split()), [ascii(c) for c in spaces if c.isspace()])

text = "Ünïcödé Straße 😀 ﬁne"
print(text.upper(), text.lower(), text.title(), text.swapcase(), text.casefold())
print(text.center(30, "·"), text.ljust(25, "—") + "|", text.zfill(25))
print(text.find("😀"), text.index("ß"), text.count("e"), text.split("😀"), text.partition(" "))
print(text.encode("utf-8")[:10], text.isprintable(), text.isascii(), "😀".isprintable())
print("ǅemal".istitle(), "ǆemal".title(), "ΣΑΣ ΣΑΣ".title(), "ß".title(), "ﬀ".title(), "ﬀ".capitalize())
print("İ".lower().upper(), len("İ".lower()), "ﬃ".upper(), len("ﬃ".upper()), "ᾳ".upper(), "ᾳ".title())
print(sorted(["é", "e", "f", "É", "E", "😀", "z", "ä"]))
print("é" == "e\u0301", len("é"), len("e\u0301"))
print("\u2160\u2161\u2162".lower(), "\u2170".isnumeric(), "\u00bd".isdecimal(), "\u00bd".isnumeric())
print("a\u0300".isalpha(), "\u0300".isalpha(), "\u0300".isprintable(), "\u200d".isprintable())
