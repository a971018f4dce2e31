# The in-place update methods accept any iterables, unlike the operators.

s = {1, 2, 3}
s.update([4, 5], (6,), range(7, 9), {9: "key"})
print(s)
s.intersection_update(range(0, 20, 2), [2, 4, 6, 8, 10])
print(s)
s.difference_update([2], {8})
print(s)
s.symmetric_difference_update([4, 5, 100])
print(s)
s.update()
s.intersection_update(s)
print(s)
t = s.copy()
t.add(-1)
print(s, t, s < t)
for name in ("update", "intersection_update", "difference_update", "symmetric_difference_update"):
    try:
        getattr({1}, name)(5)
    except TypeError as e:
        print(name, "TypeError:", e)
print({1, 2}.update([3]), {1}.add(2), {1}.discard(1), {1}.clear())
u = set()
for word in "one two three two one".split():
    u.update([len(word)])
print(u)
letters = set()
letters.update("hello", "world")
print(sorted(letters))
