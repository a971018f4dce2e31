# Builtins over lists: enumerate, zip, map, filter, reversed, any, all, sorted, min/max with key/default.

names = ["ann", "bob", "cy", "dee"]
ages = [31, 25, 47]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip(names)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names[:3], ages, strict=True)))
print(list(map(len, names)), list(map(lambda a, b: f"{a}:{b}", names, ages)), list(map(str.upper, names)))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda n: n > 30, ages)))
print(list(reversed(names)), any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any([x > 40 for x in ages]), all([x > 20 for x in ages]))
print(min(ages), max(ages), min(names, key=len), max(names, key=len), min([], default="none"))
print(max([], default=None), min(3, 1, 2), max("abc", "b", key=len), max([1, 3], [2]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
pairs = list(zip(names, ages))
unzipped = list(zip(*pairs))
print(unzipped)
print(dict(zip(names, ages)), sum(ages) / len(ages), sorted(zip(ages, names)))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(reversed(names))), [i for i, n in enumerate(names) if "e" in n])
