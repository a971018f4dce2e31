s = {1, 2, 3, 4, 5}
print(s.union())
print(s.union([6, 7], (8,), {9: 0}, range(10, 12)))
print(s.intersection())
print(s.intersection([1, 2, 3, 9], (2, 3, 4), {3: 1, 2: 2}))
print(s.difference())
print(s.difference([1], (2,), {3: 0}))
print(s.symmetric_difference([4, 5, 6, 7]))
print(s.symmetric_difference({5: 1, 6: 2}))
print(s)

t = {10, 20, 30}
print(t.update(), t)
t.update([1, 2], (3,), {4: 0}, range(5, 7))
print(t)
t.intersection_update([1, 2, 3, 4, 5, 10, 20], range(0, 30, 2))
print(t)
t.difference_update([2], (4,), {20: 0})
print(t)
t.symmetric_difference_update([10, 11, 12])
print(t)
t.symmetric_difference_update({12: 1, 13: 2})
print(t)
t.symmetric_difference_update(t)
print(t)

u = set(range(40))
u.difference_update(range(5, 35))
print(u)
u.difference_update(u)
print(u)

# methods accept any iterable; operators do not
print({1, 2}.union("ab") == {1, 2, "a", "b"})
print(sorted({1, 2}.union("ba"), key=str))
try:
    {1}.union(5)
except TypeError as e:
    print(e)
try:
    {1}.update([1], 5)
except TypeError as e:
    print(e)
try:
    {1}.symmetric_difference()
except TypeError as e:
    print(e)
try:
    {1}.isdisjoint()
except TypeError as e:
    print(e)
try:
    {1}.add(1, 2)
except TypeError as e:
    print(e)
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).intersection([2]))
print(frozenset(range(5)).difference([1, 2]), frozenset([1]).symmetric_difference([2]))
