# Generators as methods: __iter__ written as a generator, class/static methods, properties, inheritance.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for row in self.rows:
            yield from row

    def row_sums(self):
        for row in self.rows:
            yield sum(row)

    def columns(self):
        for j in range(len(self.rows[0])):
            yield [row[j] for row in self.rows]

    @property
    def diagonal(self):
        return (self.rows[i][i] for i in range(min(len(self.rows), len(self.rows[0]))))

    @classmethod
    def identity_rows(cls, n):
        for i in range(n):
            yield [1 if j == i else 0 for j in range(n)]

    @staticmethod
    def ranges(n):
        yield from (range(i) for i in range(n))


m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), sum(m), max(m))
print(list(m.row_sums()))
print(list(m.columns()))
print(list(m.diagonal))
print(list(Matrix.identity_rows(3)))
print(Matrix(list(Matrix.identity_rows(2))).rows)
print([list(r) for r in Matrix.ranges(4)])
print(m.row_sums.__qualname__, m.row_sums().__qualname__)


class Base:
    def items(self):
        yield "base-1"
        yield "base-2"


class Child(Base):
    def items(self):
        yield "child-start"
        yield from super().items()
        yield "child-end"


class GrandChild(Child):
    def items(self):
        for x in super().items():
            yield x.upper()


print(list(Base().items()), list(Child().items()), list(GrandChild().items()))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b", Tree("b1", Tree("b1x"))))
print(list(t))
for depth, value in t.walk():
    print("  " * depth + value)


class Registry:
    def __init__(self):
        self.entries = {}

    def add(self, key, value):
        self.entries[key] = value
        return self

    def matching(self, pred):
        return (k for k, v in self.entries.items() if pred(v))

    def __reversed__(self):
        keys = list(self.entries)
        for i in range(len(keys) - 1, -1, -1):
            yield keys[i]


r = Registry().add("one", 1).add("two", 2).add("three", 3).add("four", 4)
print(list(r.matching(lambda v: v % 2 == 0)), list(reversed(r)))
gen = r.matching(lambda v: True)
print(next(gen))
r.add("five", 5)
try:
    next(gen)
except RuntimeError as e:
    print("RuntimeError:", e)
