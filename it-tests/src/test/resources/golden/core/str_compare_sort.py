# String comparison is lexicographic by code point.

pairs = [("a", "b"), ("a", "A"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"),
         ("10", "9"), ("😀", "\uffff"), ("apple", "apple"), ("a", "a\x00")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)

words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Éclair", "10", "9", "100", ""]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), min(words, key=len), max(words, key=str.casefold))


def natural_key(s):
    parts = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                parts.append((0, int(num), ""))
                num = ""
            parts.append((1, 0, ch))
    if num:
        parts.append((0, int(num), ""))
    return parts


files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt", "file1a.txt"]
print(sorted(files))
print(sorted(files, key=natural_key))

print("abc" == "abc", "abc" != None, "a" * 3 == "aaa", ("x" < "y") == (ord("x") < ord("y")))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", None])
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, [("b", 2), ("a", 3), ("b", 1)] and sorted([("b", 2), ("a", 3), ("b", 1)]))
