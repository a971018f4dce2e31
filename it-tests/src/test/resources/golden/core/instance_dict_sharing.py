# Instance dicts of one class share their keys (ADR 0008) as long as the attributes come in the
# same order; every way of leaving that state must keep dict semantics exact.

class A:
    K = "class attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return self.x + self.y


a = A(1, 2)
b = A(3, 4)
b.z = 9
print(a.__dict__, b.__dict__, a.m(), b.m(), a.K, b.K)

c = A(5, 6)
del c.x
print(c.__dict__, hasattr(c, "x"), "x" in vars(c))
c.x = 10
print(c.__dict__, c.m(), list(c.__dict__))

d = A.__new__(A)
d.y = 1
d.x = 2
print(d.__dict__, d.m(), list(vars(d)), A(0, 0).__dict__)

e = A(7, 8)
e.__dict__[3] = 4
print(e.__dict__, e.m())

e2 = A(1, 1)
e2.m = lambda: 42
print(e2.m(), a.m(), A(2, 2).m())
del e2.m
print(e2.m())

e3 = A(1, 1)
e3.K = "own"
print(e3.K, a.K, A.K)


class B(A):
    def __init__(self, x, y):
        self.y = y
        super().__init__(x, y)


bb = B(2, 3)
print(bb.m(), bb.__dict__, B(1, 1).__dict__, list(A(4, 4).__dict__))

f = A(0, 0)
f.z = 1
f.w = 2
print(f.__dict__, A(9, 9).__dict__)

g = A(1, 2)
print(g.__dict__.popitem(), g.__dict__)
g.__dict__ = {"x": 5, "y": 5}
print(g.m(), g.__dict__)

for i in range(40):
    setattr(f, "a%d" % i, i)
print(len(f.__dict__), list(f.__dict__)[:6], A(3, 3).__dict__)
many = A(1, 1)
for i in range(40):
    setattr(many, "b%d" % i, i * i)
print(len(vars(many)), many.b39, getattr(many, "b0"), A(5, 5).__dict__)

h = A(1, 2)
h2 = h.__dict__.copy()
h2["q"] = 1
print(h.__dict__, h2, h.__dict__ == {"x": 1, "y": 2}, h.__dict__ == h2)

h.__dict__.update(x=100, t=7)
print(h.__dict__, h.m(), h.t)
h.__dict__.clear()
print(h.__dict__, hasattr(h, "x"))
h.y = 3
h.x = 4
print(h.__dict__, h.m())


class C:
    def __init__(self):
        self.p = 1
        self.q = 2


k = C()
k.__class__ = A
k.x = 3
k.y = 4
print(k.m(), k.__dict__, type(k).__name__)

objs = [A(i, -i) for i in range(5)]
for o in objs[::2]:
    del o.y
    o.y = 0
print([o.__dict__ for o in objs], [o.m() for o in objs])

s = A("s", "t")
print(sorted(k for k in dir(s) if not k.startswith("__")), s.__dict__.get("x"), s.__dict__.get("nope"))
s.__dict__.setdefault("y", "ignored")
s.__dict__.setdefault("n", "new")
print(s.__dict__, s.n, s.__dict__.pop("n"), s.__dict__)
try:
    A(1, 1).nope
except AttributeError as exc:
    print("AttributeError:", exc)
