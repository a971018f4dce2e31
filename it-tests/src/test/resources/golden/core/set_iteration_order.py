# For small ints the set's iteration order follows their hash (the value), modulo the table size.

print({3, 1, 2}, {10, 5, 1}, {100, 1, 10}, set([8, 16, 24, 32]), {-1, 1, 0})
s = set()
for n in (40, 8, 16, 1, 33, 0):
    s.add(n)
    print(sorted(s), len(s))
print(s)
popped = []
t = {7, 3, 9, 1}
while t:
    popped.append(t.pop())
print(popped)
print(list({5, 4, 3, 2, 1}), tuple({2, 1}), [x for x in {30, 20, 10}])
print(sorted({"b", "a", "c"}), sorted({1.5, 0.5}), min({4, 2, 9}), max({4, 2, 9}))
squares = {n * n for n in range(10)}
print(squares, 49 in squares, 50 in squares)
union = {1, 2, 3} | {3, 4, 5}
print(union, {1, 2, 3} & {2, 3, 4}, {9, 8} - {8})
as_list = sorted(set([5, 3, 5, 1, 3]))
print(as_list)
