# strip family, padding (center/ljust/rjust/zfill) and expandtabs.

for t in ("  hi  ", "\t\n hi \r\n", "xxhixx", "", "   ", "\u3000wide\u00a0"):
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")))

print(repr("www.example.com".strip("cmowz.")), repr("www.example.com".lstrip("w.")), repr("abcba".rstrip("ab")))
print(repr("  x  ".strip(None)), repr("--==x==--".strip("-=")), repr("aaa".strip("a")))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)

for w in (0, 3, 5, 6, 10, 11):
    print(w, repr("abc".center(w)), repr("abcd".center(w, "*")), repr("ab".ljust(w, ".")), repr("ab".rjust(w, "0")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)

for t in ("42", "-42", "+42", "", "abc", "-", "3.14", "-0x1f", "   7"):
    print(repr(t), repr(t.zfill(6)), repr(t.zfill(1)))

tabbed = "a\tbc\tdef\tghij\tk\n12345678\tx\ty"
print(tabbed.expandtabs())
print(tabbed.expandtabs(4))
print(tabbed.expandtabs(0))
print(repr("\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)), repr("ab\n\tc".expandtabs(4)))

# Right-aligned report
items = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.75)]
for name, qty, price in items:
    print(name.ljust(12, ".") + str(qty).rjust(4) + ("%.2f" % (qty * price)).rjust(8))
print("TOTAL".center(24, "="))
