# 'in' for str and iter() of exact str, dict, range, set take shortcuts; lone surrogates must
# still not match inside a surrogate pair.
s = "a\U0001f600b\u00e9"
for sub in ["", "a", "\U0001f600", "\ud83d", "\ude00", "b\u00e9", "\u00e9", "x", "a\U0001f600b\u00e9!", "\U0001f600b"]:
    print(repr(sub), sub in s, sub in "plain", s.find(sub) if sub else 0)
for ch in "ab\u03bb\U0001f600":
    print(repr(ch), ch in " \t\n", ch in "\u03bb\u03b1", ch < " ")
d = {"k": 1, "j": 2}
print([k for k in d], [c for c in "xyz"], [i for i in range(2, 9, 3)], sorted(x for x in {3, 1, 2}), [x for x in frozenset([5])])
