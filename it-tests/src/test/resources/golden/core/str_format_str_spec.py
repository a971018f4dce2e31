# format() of strings: width, alignment, fill, precision (truncation) and errors.

words = ["", "a", "abc", "héllo", "日本", "😀x", "longer than width"]
for w in words:
    print(f"[{w:8}] [{w:<8}] [{w:>8}] [{w:^8}] [{w:*^9}] [{w:.3}] [{w:>6.2}] [{w:_<4.1}]")

print(format("x"), format("x", ""), format("x", "s"), format("x", "<"), format("abc", ".0") == "")
for bad in ("d", "+", " ", "#", ",", "010", "=5", "x", "5c"):
    try:
        print(repr(format("abc", bad)))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

print("{:>{}}".format("right", 10) + "|", "{:{}^{}}".format("fill", "-", 12))
print(str.__format__("abc", ">5"), "abc".__format__(""))
try:
    format("abc", 5)
except TypeError as e:
    print("TypeError:", e)

# Align a ragged table of mixed-width text
rows = [("café", "€3.50"), ("tea", "€2"), ("hot chocolate", "€4.25")]
name_w = max([len(r[0]) for r in rows])
for name, price in rows:
    print(f"{name:.<{name_w + 3}}{price:>7}")
