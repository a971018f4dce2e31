# Sorting keys of one exact kind (ints, floats, strs, tuples) takes shortcuts; the results,
# the comparisons user types see (two items: timsort and our merge sort compare them alike),
# and the errors must stay as the generic comparisons make them; and %/format of ints and floats.

print(sorted([(3, "b"), (1, "z"), (3, "a"), (1, "y"), (2, 5.5), (2, 5.25)]))
print(sorted([(1,), (1, 0), (), (0, 9, 9), (1, -1)]))
print(sorted([("b", 2.0), ("b", 1), ("a", True), ("b", -3)]))
print(sorted([(0.5, 1), (0.5, 0), (-0.0, 2), (0.0, 1)]))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))
print(sorted([(2**70, 1), (2**70, 0), (-2**70, 5), (3, 3)]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
print(sorted(["\U0001f600", "\uffff", "a", "\ud800", "\ue000", ""]))
print(sorted([("\U0001f600", 1), ("\ufb01", 2), ("\U0001f600", 0)]))
print("\U0001f600" < "\uffff", "\ue000" > "\ud800", "abc" < "abd", "ab" < "abc")
print(sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a"), (0, "c")], reverse=True))


class Loud(int):
    def __eq__(self, other):
        print("eq", int(self), int(other))
        return int(self) == int(other)

    def __lt__(self, other):
        print("lt", int(self), int(other))
        return int(self) < int(other)

    __hash__ = int.__hash__


print(sorted([(Loud(2), "b"), (Loud(2), "a")]), sorted([(Loud(1), 0), (Loud(3), 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, None)])
except TypeError as e:
    print("TypeError:", e)

for v in (0, 7, -7, 255, -255, 2**63 - 1, -2**63, 2**64, -2**64):
    print("%d|%5i|%-6u|%x|%#X|%#o|%08.3d|%+x" % (v, v, v, v, v, v, v, v))
    print(format(v, "b"), format(v, "#x"), format(v, "X"), format(v, "o"), format(v, "_d"), format(v, "+012,d"))
print(format(True, "x"), "%x" % True, "%d" % False)
for x in (12345.0, 12350.0, 12250.0, 1234.5, 99950.0, 99949.0, 2.0**52 + 1, 1e22, 123456789012.75, 5e15):
    print("%.2e|%.0e|%.3g|%.10e" % (x, x, x, x), format(x, ".2e"), format(x, ".1e"), f"{x:.4g}")

words = ["abcdefgh2", "abcdefgh10", "abcdefgh", "abcdefgh\0", "ab", "ab\0", "", "\xff\xfe", "\xff",
         "abcdefgh\u0101", "abcdefgh\xff"]
print(sorted(words))
print(sorted(words + ["\u0100", "abc\u4e00"]))
print(sorted(["b", "a\U0001f600", "a\uffff", "a"]))


class Backwards(list):
    def __iter__(self):
        return reversed(self[:])


print("-".join(Backwards(["x", "y", "z"])), "".join(("p", "q")), ",".join(["one"]), b"+".join(Backwards([b"1", b"2"])))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
names = ["bb", "a", "ccc", "dd", "e", "fff", "", "gg", "h"]
print(sorted(names, key=len), sorted(names, key=len, reverse=True))
print(sorted(names, key=lambda s: -len(s)), sorted(names, key=lambda s: len(s) * 2**40))
print(sorted([5, -3, 2**31 - 1, -2**31, 0, 2**31, -2**31 - 1, 7, 5]), sorted([3, 1, 2, 1], reverse=True))
print(sorted([1.5, -0.0, 0.0, -1e300, 0.0, -0.0, 2.5], key=lambda x: x), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
