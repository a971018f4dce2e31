# Operators on lists: +, *, +=, *=, comparisons, membership, len/min/max/sum.

a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -1, [] * 5, [[]] * 2)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1, [2]] == [1, [2]])
print([1, 2, 3] < [1, 2, 4], [1, 2] <= [1, 2], [3] >= [2, 9], [1.0] == [1], [True] == [1])
print(2 in a, 9 not in a, [1, 2] in [[1, 2], 3], len(a), min(a), max(b), sum(a + b), sum([[1], [2]], []))
c = a
c += b
print(a, c is a)
c *= 2
print(a)
d = [0]
d += "xy"
d += range(2)
d += (9,)
print(d)
try:
    d = d + "xy"
except TypeError as e:
    print("TypeError:", e)
e = [1, 2]
e *= 0
print(e)

# Comparing lists with incomparable elements only fails when it reaches them
print([1, "a"] == [1, "a"], [1, "a"] < [2, 0])
try:
    print([1, "a"] < [1, 0])
except TypeError as e:
    print("TypeError:", e)

nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), lst.index(nan))
print(bool([]), bool([0]), not [], [] or "empty", [0] and "full")
print(list.__add__([1], [2]), list.__mul__([0], 3), list.__contains__([1], 1), list.__len__([1, 2]))
print([1, 2].__eq__((1, 2)), [1].__lt__((1,)))
