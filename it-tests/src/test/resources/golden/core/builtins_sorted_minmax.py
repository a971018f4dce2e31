# sorted(), min() and max(): keys, reverse, default, stability and error messages.

data = [5, 3, 8, 1, 9, 2, 8]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda x: -x), sorted(data, key=str))
print(min(data), max(data), min(*data), max(3, 7), min("hello"), max("hello"), min([[2], [1, 5]]))
print(min(data, key=lambda x: abs(x - 6)), max(data, key=lambda x: x % 5), max([], default="empty"), min([], default=None))
words = ["pear", "Apple", "fig", "banana", "apple", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=len), max(words), min(words, key=str.lower))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(sorted({"c": 1, "a": 2}), sorted({3, 1, 2}), sorted("bca"), sorted((2, 1)), sorted(range(3, 0, -1)))
print(sorted([]), sorted([], reverse=True), sorted([1]), sorted(iter([2, 1])))
for label, fn in (("min()", lambda: min()), ("min([])", lambda: min([])), ("max(1)", lambda: max(1)),
                  ("max([1, 'a'])", lambda: max([1, "a"])), ("sorted([1, None])", lambda: sorted([1, None])),
                  ("min(1, 2, key=None, default=0)", lambda: min(1, 2, default=0)),
                  ("sorted(key=len)", lambda: sorted(key=len)), ("max(x=1)", lambda: max([1], x=1))):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(min(1, 2, key=None), max([3, 1], key=None), sorted([3, 1], key=None))
nan = float("nan")
print(max(1, nan), max(nan, 1), min([3, nan, 1]), sorted([3, 1, 2], reverse=False))
