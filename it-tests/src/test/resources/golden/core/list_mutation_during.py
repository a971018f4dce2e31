# Mutating a list while iterating over it or sorting it.

items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print("remove while iterating skips:", items)

items = [1, 2, 2, 3, 4, 4, 5]
items = [x for x in items if x % 2]
print("comprehension filters correctly:", items)

items = [1, 2, 3]
count = 0
for x in items:
    if count < 3:
        items.append(x * 10)
    count += 1
print("append while iterating:", items, count)

items = [5, 3, 8, 1]
try:
    items.sort(key=lambda v: items.append(v) or v)
except ValueError as e:
    print("ValueError:", e)
print(items)

items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print("delete backwards:", items)

it = iter([1, 2, 3])
lst = list(it)
print(lst, list(it))

data = [1, 2, 3]
iterator = iter(data)
print(next(iterator))
data.clear()
print(list(iterator))
data.extend([7, 8, 9, 10])
print(list(iterator), "(the exhausted-by-clear iterator stays exhausted)")

data = [1, 2, 3]
iterator = iter(data)
print(next(iterator))
data.insert(0, 0)
print(list(iterator))

rev = reversed([1, 2, 3])
print(next(rev), list(rev), list(rev))
