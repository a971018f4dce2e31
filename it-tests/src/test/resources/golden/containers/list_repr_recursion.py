a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = {"k": 1}
b["self"] = b
print(b)
c = [a, b]
print(c)
d = {"list": [1]}
d["list"].append(d)
print(d)
t = ([],)
t[0].append(t)
print(t)
e = []
e.append([e, [e]])
print(e)
print(len(a), a[2] is a, a[2][2][2] is a)
f = [1]
g = [f, f]
print(g)
print(a == a)

class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R" + repr(self.items)
print(R())
v = {}
v[1] = v.keys()
print(v)
w = {}
w[1] = w.values()
print(w)
x = {}
x[1] = x.items()
print(x)
print([[]], [()], [{}], [set()], [frozenset()], ([],), {1: []}, [[[]]])
print(repr([1, "two", 3.0, None, True, b"x", (4,), [5]]))
