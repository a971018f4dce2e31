# Copies and merges of dicts use the stored hashes (no __hash__ calls, as CPython): copy(), dict(d),
# update(), ==; dict(**kw) and mixed forms; deleted entries; instance dicts; list comparisons.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return "K(%r)" % self.v
d = {K(1): "a", K(2): "b", "s": 1, 3: 4}
print("copy"); c = d.copy(); print(c == d, c is d)
print("dict"); e = dict(d); print(e)
print("update"); f = {}; f.update(d); print(f)
print("kw", dict(a=1, b=2), dict(d, x=1), dict([(1, 2)], y=3), dict({1: 2}))
g = {1: 1, 2: 2, 3: 3}
del g[2]
h = dict(g); h[4] = 4; print(h, g, g.copy())
class Inst:
    def __init__(self):
        self.p = 1
        self.q = 2
print(dict(Inst().__dict__), Inst().__dict__.copy())
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] != [1.0], [[1]] == [[1]], [] >= [], [float("nan")] == [float("nan")])
n = float("nan"); print([n] == [n])
class D(dict):
    def keys(self):
        return ["zz"]
print({}.__class__(D(a=1)), dict(D(a=1)))
z = {}
z.update(D(b=2)); print(z)
