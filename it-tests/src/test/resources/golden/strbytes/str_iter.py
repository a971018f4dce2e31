# Iterating a str yields its code points as 1-character strings; the iterator types by content.
s = "héllo😀"
it = iter(s)
print(type(it).__name__, type(iter("ascii")).__name__, type(iter("")).__name__, next(it), next(it))
print(list(it), list(s), tuple("ab"), sorted("banana"), sorted(set("aab")), [c for c in "xyz"])
print(list(iter("")), sum([1 for _ in "a😀b"]), max("hello"), min("hello"))
it2 = iter("ab")
print(next(it2), next(it2), next(it2, "done"))
try:
    next(it2)
except StopIteration:
    print("StopIteration")
print([ord(c) for c in "A\x00é€😀"], "".join([chr(ord(c) + 1) for c in "HAL"]))
a, b, *rest = "abcde"
print(a, b, rest)
d = dict.fromkeys("abca")
print(list(d))
print(list("a\u0301e\u0301"), len("a\u0301"), [c for c in "\U0001F1EB\U0001F1F7"])
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, "mississippi".count("s"))
