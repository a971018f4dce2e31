class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), len(c))

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"].append(3)
print(dd, dd.factory.__name__)

class Bad(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    Bad()["k"]
except KeyError as e:
    print("KeyError", e)

class NotCallable(dict):
    __missing__ = 5
try:
    NotCallable()["k"]
except TypeError as e:
    print(e)

d = {1: 1, 2: 2, 3: 3}
for name, view in [("keys", d.keys), ("values", d.values), ("items", d.items), ("dict", lambda: d)]:
    try:
        for x in view():
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(name, e)
    print(len(d))

d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e, d)

# changing values while iterating is fine
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = d[k] * 10
print(d)

# deleting and re-adding one key keeps the size
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[1]
        d[1] = 1
        print("saw", k)
except RuntimeError as e:
    print(e)

it = iter({1: 2})
print(next(it))
d2 = {"a": 1}
it2 = iter(d2)
d2["b"] = 2
try:
    next(it2)
except RuntimeError as e:
    print(e)
try:
    next(it2)
except StopIteration:
    print("StopIteration")
except RuntimeError as e:
    print("again", e)
print(list(reversed({1: "a", 2: "b", 3: "c"})), list(reversed({})))
r = reversed({1: 2, 3: 4})
print(type(r).__name__, next(r), list(r))
