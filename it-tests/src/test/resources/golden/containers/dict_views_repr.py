d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), bool({}.keys()), bool(k))
print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print("one" in k, 1 in v, ("one", 1) in i, ("one", 2) in i, 5 in v, ["one", 1] in i, ("one",) in i)
print(k.mapping, v.mapping == d, i.mapping["two"])
del d["two"]
print(k, v, i)
d["four"] = [4]
print(k, v, i)
print(v == v, v == d.values(), k == k, i == i)
try:
    hash(k)
except TypeError as e:
    print(e)
nested = {1: {2: {3: {}}}}
print(nested, nested.keys(), nested.values(), nested.items())
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return "Key(" + str(self.n) + ")"
kd = {Key(i): i for i in range(7)}
print(kd)
print(kd[Key(4)], Key(9) in kd, list(kd.keys())[-2:])
del kd[Key(0)]
kd[Key(10)] = 10
print(kd)
