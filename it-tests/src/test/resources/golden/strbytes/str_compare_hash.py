# Comparisons by code point (non-BMP above U+FFFF), equality, hashing, membership and sorting.
pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("é", "z"), ("\uffff", "😀"),
         ("😀", "\ue000"), ("a😀", "a\uffff"), ("same", "same")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
words = ["banana", "Apple", "cherry", "apple", "😀", "\uffff", "é", "Zeta", ""]
print(sorted(words), min(words), max(words))
print(hash("") == 0, hash("abc") == hash("ab" + "c"), hash("x") == hash(str("x")), len({"a", "a", "b"}))
print({"key": 1}["key"], "k" + "ey" in {"key": 1}, "😀" in "a😀b", "" in "abc", "abc" in "abc", "abcd" in "abc")
print("a" == 1, "a" != 1, "a".__eq__(1), "a".__lt__(1), "1" == 1, "a" == b"a")

class S(str):
    pass

print(S("x") == "x", "x" == S("x"), hash(S("x")) == hash("x"), S("a") < "b", sorted([S("b"), "a"]))
for call in [lambda: "a" < 1, lambda: 1 >= "a", lambda: "a" > None, lambda: 1 in "abc", lambda: None in "abc",
             lambda: "a" <= b"a", lambda: "abc".__contains__(1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
