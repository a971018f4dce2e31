print(hash(frozenset()))
print(hash(frozenset({1})), hash(frozenset({1, 2})), hash(frozenset({2, 1})))
print(hash(frozenset(range(100))))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([0.5, -0.5])))
print(hash(frozenset([frozenset(), frozenset([1])])))
print(hash(frozenset([None, True, -1])))
x = frozenset(range(10))
y = frozenset(range(9, -1, -1))
print(x == y, hash(x) == hash(y), x is y)
# frozenset(f) is f; copy() too; but not for subclasses
print(frozenset(x) is x, x.copy() is x)
class F(frozenset):
    pass
fx = F(x)
print(fx == x, hash(fx) == hash(x), type(fx.copy()).__name__, frozenset(fx) is fx)
d = {x: "x", frozenset(): "empty", frozenset({frozenset({1})}): "nested"}
print(d[y], d[frozenset()], d[frozenset([frozenset([1])])])
s = {1, 2}
d[frozenset(s)] = "s"
print(d[frozenset({2, 1})])
print({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})})
print(frozenset(), frozenset([3, 1, 2]), repr(frozenset({frozenset({1})})))
print(frozenset("aaa"), len(frozenset("abcabc")))
