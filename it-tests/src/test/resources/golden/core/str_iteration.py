# Iterating over strings: for, enumerate, zip, reversed, membership, ord/chr arithmetic.

s = "Hello, Wörld! 😀"
for i, ch in enumerate(s):
    print(i, repr(ch), ord(ch), ch.isalpha())

print(list(reversed("abc")), [c * 2 for c in "xyz"], list(zip("abc", "12345")), list(enumerate("ab", 1)))
vowels = "aeiouAEIOU"
print(sum([1 for c in s if c in vowels]), [c for c in s if c not in vowels and c.isalpha()])

# Caesar shift using ord/chr
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


print(shift(s, 3), shift(shift(s, 3), -3) == s)

it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# Run-length encoding
def rle(text):
    out = []
    prev = None
    count = 0
    for ch in text:
        if ch == prev:
            count += 1
        else:
            if prev is not None:
                out.append(f"{count}{prev}")
            prev, count = ch, 1
    if prev is not None:
        out.append(f"{count}{prev}")
    return "".join(out)


for t in ("aaabccddddd", "", "abc", "😀😀😀x"):
    print(repr(t), rle(t))
print(list(map(ord, "AZaz09")), "".join(map(chr, range(0x3b1, 0x3ba))))
print([i for i, c in enumerate("mississippi") if c == "s"], "mississippi".count("ss"))
