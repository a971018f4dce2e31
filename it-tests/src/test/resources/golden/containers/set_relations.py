a = {1, 2, 3}
b = {1, 2, 3, 4}
f = frozenset({1, 2, 3})
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= a, b > a, b >= a)
print(a == f, f == a, a != f, a <= f, f < b, b > f)
print(a < a, a <= a, a > a, a >= a)
print(set() < a, set() <= set(), set() == frozenset())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3})

print(a.issubset(b), a.issubset([1, 2, 3]), a.issubset(range(10)), a.issubset([1, 2]))
print(b.issuperset(a), b.issuperset([4]), b.issuperset((5,)), a.issuperset([]))
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(range(4, 100)), a.isdisjoint(a), set().isdisjoint(set()))
print(f.issubset(a), f.issuperset(a), f.isdisjoint(frozenset()))

for other in [[1, 2, 3], (1,), "abc", 3, None]:
    try:
        print(a == other, a != other)
        print(a < other)
    except TypeError as e:
        print(e)
try:
    print(a <= 5)
except TypeError as e:
    print(e)
try:
    a.issubset(5)
except TypeError as e:
    print(e)

# 1 == 1.0 == True: equal keys
print({1, 2.0} == {1.0, 2}, {True} == {1}, {0} == {False}, {1} == {1.5})
print(sorted([{3}, {1, 2, 3}, {1}, {1, 3}], key=len))
