# Sorting: stability, keys, reverse, multi-key sorts and errors.

people = [("alice", 30, "NYC"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NYC"),
          ("eve", 35, "SF"), ("frank", 30, "SF"), ("grace", 25, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_city = sorted(people, key=lambda p: p[0])
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])

# Stability with reverse=True keeps equal elements in their original order
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda t: t[0], reverse=True))
print(list(reversed(sorted(pairs, key=lambda t: t[0]))))

words = ["banana", "Apple", "cherry", "apple", "fig", "Date", "elderberry"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)

nums = [5, -3, 0, 12, -8, 7, 7, -3]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), sorted(set(nums)))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2.5, 1, True, 0)))

for bad in ([1, "a"], [None, 1], [[1], (1,)], [1j, 2j]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
print(sorted([{1, 2}, {1}, {3}]))
try:
    sorted([3, 1], key=lambda x: x / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError:", e)
