# Generator expressions: the first iterable is evaluated at once, the rest lazily in the genexp scope.
def source(tag, items):
    print(f"  evaluating source {tag}")
    return items


g = (x * 2 for x in source("first", [1, 2, 3]))
print("genexp created")
print(list(g))

g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("nested genexp created")
print(list(g))

try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

g = (1 / x for x in [1, 0])
print("created a genexp that will divide by zero")
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)

items = [1, 2, 3]
g = (i for i in items)
items = [7, 8, 9]
print("rebinding the name does not matter:", list(g))

items = [1, 2, 3]
g = (i * j for i in items for j in items)
items.append(4)
print("mutating does:", list(g))

n = 10
g = (x + n for x in range(3))
n = 100
print("late binding of free names:", list(g))


class Scope:
    factor = 5
    values = [1, 2, 3]
    firsts = list(v for v in values)
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        scaled = "NameError: " + str(e)


print(Scope.firsts)
print(Scope.scaled)

x = "global x"
g = (x for x in "abc")
print(list(g), x)

g = (y for y in range(3) if y != 1)
print(list(g))
print(list(a for a in range(10) if a % 2 if a % 3))

g = ((i, j) for i in range(3) for j in range(i))
print(list(g))

print("genexp name:", (z for z in ()).__name__, (z for z in ()).__qualname__)


def in_function():
    local = 3
    return list(local * k for k in range(local))


print(in_function())


def walrus_in_genexp():
    total = 0
    running = list((total := total + v) for v in [1, 2, 3, 4])
    return running, total


print(walrus_in_genexp())
