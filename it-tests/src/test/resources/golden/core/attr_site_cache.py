# Attribute access sites see changes of classes, instances and descriptors after first use.

class A:
    kind = "A.kind"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B(A):
    pass


def read(o):
    return o.x, o.kind, o.m()


def show(label, o):
    try:
        print(label, read(o))
    except AttributeError as e:
        print(label, "AttributeError:", e)


a, b = A(1), B(2)
for _ in range(3):
    show("a", a)
    show("b", b)

# a class attribute changed on the base reaches the subclass's sites
A.kind = "A.kind2"
show("b after A.kind", b)
# a method defined on the subclass shadows the base's
B.m = lambda self: "B.m"
show("b after B.m", b)
show("a still", a)
# an instance attribute shadows a method (non-data descriptor)
a.m = lambda: "instance m"
show("a shadowed", a)
del a.m
show("a unshadowed", a)
# a property (data descriptor) added later wins over the instance dict
A.x = property(lambda self: "property x")
show("a with property", a)
del A.x
show("a without property", a)
# __getattr__ added later answers missing names
def missing(o):
    return o.nothing
for _ in range(2):
    try:
        missing(a)
    except AttributeError as e:
        print("missing:", e, e.name, type(e.obj).__name__)
A.__getattr__ = lambda self, name: "getattr " + name
print(missing(a), missing(b))
del A.__getattr__
try:
    missing(b)
except AttributeError as e:
    print("missing again:", e)

# __class__ assignment changes what a site sees
class C:
    def m(self):
        return "C.m"

    kind = "C.kind"


o = A(5)
show("o as A", o)
o.__class__ = C
show("o as C", o)

# stores: plain, through a property with a setter, through __slots__, into a class
class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10


class S:
    __slots__ = ("a", "b")


def store(o, value):
    o.v = value
    return o.v


p = P()
print([store(p, i) for i in range(3)])
P.v = 99  # no longer a property: the store goes to the instance dict
print(store(p, 4), P.v, p.__dict__)
s = S()
for i in range(3):
    s.a = i
    s.b = s.a * 2
print(s.a, s.b)
try:
    s.c = 1
except AttributeError as e:
    print("slots:", e)


class K:
    count = 0


def bump(cls):
    cls.count = cls.count + 1
    return cls.count


print([bump(K) for _ in range(3)], K.count)
K.count = 100
print(bump(K))

# the same site sees instances of many classes, built-ins too
class D1:
    def __init__(self):
        self.real = "D1.real"


for v in [1, 2.5, True, 3j, D1(), 7]:
    print(type(v).__name__, v.real)

# __setattr__ defined later intercepts stores at a warmed-up site
class T:
    pass


def put(o, v):
    o.val = v


t = T()
for i in range(3):
    put(t, i)
T.__setattr__ = lambda self, name, value: print("setattr", name, value)
put(t, 10)
print(t.val)

# a user descriptor class gaining __set__ later becomes a data descriptor
class Desc:
    def __get__(self, obj, owner=None):
        return "Desc.__get__"


class U:
    d = Desc()


u = U()
u.__dict__["d"] = "instance d"
def getd(o):
    return o.d
print(getd(u), getd(u))
Desc.__set__ = lambda self, obj, value: None
print(getd(u))

# class attributes: methods, classmethods, staticmethods through a site
class M:
    @classmethod
    def c(cls):
        return "classmethod of " + cls.__name__

    @staticmethod
    def s():
        return "staticmethod"

    def f(self):
        return "f"


class N(M):
    pass


for cls in [M, N, M]:
    print(cls.c(), cls.s(), cls.f(cls()))
M.s = staticmethod(lambda: "new static")
print(N.s())
# error context from a property getter raising AttributeError
class Q:
    @property
    def broken(self):
        raise AttributeError("inside getter")


for _ in range(2):
    try:
        Q().broken
    except AttributeError as e:
        print("Q:", e)
