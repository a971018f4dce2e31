# Subset/superset relations and comparison operators on sets (a partial order).

small = {1, 2}
big = {1, 2, 3}
other = {3, 4}
print(small <= big, small < big, big >= small, big > small, small <= small, small < small)
print(small.issubset(big), big.issuperset(small), small.issubset([1, 2, 5]), big.issuperset(range(1, 3)))
print(small < other, small > other, small == other, small != other, small.isdisjoint(other))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), set() <= set(), set() < {0})
try:
    small < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    small.issubset(5)
except TypeError as e:
    print("TypeError:", e)
family = [set(), {1}, {2}, {1, 2}, {1, 2, 3}, {3}]
for s in family:
    print(s, [t for t in family if s < t])
print(sorted(family, key=len))
print(max(family, key=len), min([{5}, {4}]))
# sorted() with sets compares by subset relation, so the result depends on input order
print(sorted([{1, 2}, {1}, {3}]), sorted([{3}, {1}, {1, 2}]))
