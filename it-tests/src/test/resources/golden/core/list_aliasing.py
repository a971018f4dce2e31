# References, aliasing and copies of lists (shallow vs hand-written deep copy).

a = [1, 2, [3, 4]]
b = a
c = a[:]
d = list(a)
e = a.copy()
b.append(5)
a[2].append("shared")
print(a, b, c, d, e)
print(a is b, a is c, a[2] is c[2], a == b, c == d == e)

def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj


f = deep_copy(a)
f[2].append("only in f")
print(a, f, a[2] is f[2])

# The [[0] * n] * m pitfall
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])

# Function arguments are references
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    lst.append("lost")
    return lst


orig = ["orig"]
ret = mutate(orig)
print(orig, ret)

# += mutates in place, + creates a new list
x = [1]
y = x
x += [2]
print(x, y, x is y)
x = x + [3]
print(x, y, x is y)

# Tuple containing a list: += raises but still mutates
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)

# Lists of the same object
row = []
table = [row, row]
row.append("r")
print(table)
items = [[]] * 2
items[0].append(1)
print(items)
