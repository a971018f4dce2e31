# str.maketrans and str.translate: mappings, deletions and errors.

table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc abc cab".translate(table))

table2 = str.maketrans("aeiou", "AEIOU", " ")
print("the quick brown fox".translate(table2))

table3 = str.maketrans({"a": "1", "b": None, "c": "three", ord("d"): "D", "😀": ":)"})
print(sorted(table3.items()))
print("abcd abcd 😀".translate(table3))

rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc)
print(enc.translate(rot13) == msg)

# translate with a plain dict and a custom mapping object
print("hello".translate({104: 72, 108: None}))


class Shout:
    def __getitem__(self, code):
        ch = chr(code)
        if ch.islower():
            return ch.upper() + ch.upper()
        raise LookupError(code)


print("Hi there!".translate(Shout()))
print("abc".translate({}), "".translate(table))

for bad_args in (("ab", "c"), ({"ab": "x"},), (1,), ("a", "b", 3)):
    try:
        str.maketrans(*bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".translate({97: 5})
except TypeError as e:
    print("TypeError:", e)

# Remove punctuation and count letters
text = "It's a truth, universally acknowledged; that a single man..."
cleaned = text.translate(str.maketrans("", "", ",.;'"))
print(cleaned)
counts = {}
for ch in cleaned.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
