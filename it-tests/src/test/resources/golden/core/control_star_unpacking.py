# Star-unpacking in assignments, for-loop targets, calls and displays.

first, *middle, last = range(6)
print(first, middle, last)
*a, = "xyz"
print(a)
(b, *c), d = "hey", 5
print(b, c, d)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
x, *y, z = [1, 2]
print(x, y, z)
record = ("Ada", "Lovelace", 1815, 1852, "London")
first_name, last_name, *years, city = record
print(first_name, city, years, years[1] - years[0])
matrix = [[1, 2, 3], [4, 5, 6]]
(p, *_), (*_, q) = matrix
print(p, q)
nums = [*range(3), *(10, 11), *{20: 0}, *"ab"]
print(nums)
print(*nums[:3], sep=", ")
merged = {**{"a": 1}, "b": 2, **dict(c=3)}
print(merged)
s = {*range(3), *[2, 3]}
print(s)
t = (*"ab", *[1])
print(t)
try:
    *e, f, g = [1]
except ValueError as err:
    print("ValueError:", err)


def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
print(show(*"hi", sep="-"))
try:
    show(**{"k": 1}, **{"k": 2})
except TypeError as err:
    print("TypeError:", err)
head, *rest = [10]
print(head, rest)
pairs = [(1, "one"), (2, "two")]
numbers, words = zip(*pairs)
print(numbers, words)
