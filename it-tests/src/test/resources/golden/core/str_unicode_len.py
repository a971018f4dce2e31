# Strings are sequences of code points: len, indexing and slicing never split a character.

samples = ["hello", "héllo", "naïve café", "日本語テキスト", "😀", "a😀b", "👍🏽", "🇫🇷", "👨‍👩‍👧", "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U0001F600\U0001F601"]
for s in samples:
    print(repr(s), len(s), [hex(ord(c)) for c in s], len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)

s = "A😀B🎉C"
print(s[0], s[1], s[2], s[3], s[4], s[-1], s[-2])
print(s[1:4], s[::2], s[::-1], s[1::2])
print(s.find("B"), s.index("🎉"), s.count("😀"), "😀" in s, s.split("B"))
print([c for c in s], list(reversed(s)))
print(s.upper(), s.lower(), s.replace("😀", ":)"))

family = "👨‍👩‍👧"
print(len(family), [c for c in family], family[0], family[::-1] == "".join(reversed(family)))
print(ascii(family), family.encode("utf-8"))

flag = "🇫🇷"
print(len(flag), flag[0] + "|" + flag[1], ascii(flag))

word = "cafe\u0301"
print(word, len(word), word[-1] == "\u0301", word[:-1], ascii(word))

print(chr(0x1F600), ord("😀"), hex(ord("😀")), chr(0x10FFFF) == "\U0010FFFF", len(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)

# Lone surrogates are valid str elements but cannot be encoded to UTF-8
lone = "\ud83d"
print(len(lone), ascii(lone), repr(lone))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(lone.encode("utf-8", "surrogatepass"), lone.encode("utf-8", "replace"), lone.encode("ascii", "backslashreplace"))
print(max("a😀z"), min("a😀z"), sorted("z😀aé"))
