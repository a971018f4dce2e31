# frozenset: hashable, usable as dict keys and set elements; operations keep the left operand's type.

f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})), frozenset(), frozenset("") == frozenset())
s = {1, 2}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__, f | s, s ^ f)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {s}
except TypeError as e:
    print("TypeError:", e)
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), frozenset({1}) in nested)
graph = {frozenset({1, 2}): 5, frozenset({2, 3}): 7}
print(graph[frozenset({2, 1})], graph.get(frozenset({1, 3})))
powerset = [frozenset()]
for x in (1, 2, 3):
    powerset += [p | {x} for p in powerset]
print(sorted([sorted(p) for p in powerset]))
print(frozenset(f) is f, frozenset(range(3)).union([5]), f.copy() is f, [m for m in dir(frozenset) if not m.startswith("_")])


class FS(frozenset):
    pass


fs = FS([1, 2])
print(fs, type(fs | {3}).__name__, type(fs.copy()).__name__, FS() == frozenset())
