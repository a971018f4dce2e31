# List comprehensions: filters, nesting, conditional expressions, scoping rules, walrus.

squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(squares, evens, labels)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
diag = [matrix[i][i] for i in range(3)]
print(flat, transposed, diag)
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "lo"], [w[::-1] for w in "abc def".split()])

# The loop variable does not leak out of the comprehension
x = "outer"
result = [x for x in range(3)]
print(x, result)

# But the walrus target does leak to the enclosing scope
values = [y := 10, y + 1]
print(values, y)
totals = [running := 0] and [running := running + n for n in range(1, 6)]
print(totals, running)
data = [3, 8, 1, 9, 4]
big = [m for v in data if (m := v * 10) > 30]
print(big, m)

# Comprehension inside a function sees enclosing locals; class bodies are special
def scale(factor):
    return [factor * v for v in range(4)]


print(scale(3))


class Config:
    base = 10
    # The outermost iterable is evaluated in the class scope...
    direct = [v for v in range(base, base + 3)]
    try:
        # ...but inner expressions cannot see class variables.
        broken = [base + v for v in range(3)]
    except NameError as e:
        error = str(e)


print(Config.direct, Config.error)

# Nested comprehensions with dependent ranges
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([i for i in range(30) if i % 3 == 0 if i % 2 == 0])
print([[]] * 0, [[] for _ in range(2)], [None for _ in ()])
