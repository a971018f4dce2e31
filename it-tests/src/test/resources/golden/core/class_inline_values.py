# Instance attributes before and after the instance's __dict__ is made: attributes set in the
# usual order, out of order, read and written in hot loops, shadowing methods, deleted, listed by
# vars() and __dict__, moved by __class__ assignment, replaced by a new __dict__, and reached
# through getattr/setattr/hasattr/delattr, so that every representation change keeps the values.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def label(self):
        return "P(%s, %s)" % (self.x, self.y)


def total(points):
    t = 0
    for p in points:
        t += p.x * 10 + p.y
    return t


def shift(points, d):
    for p in points:
        p.x += d
        p.y -= d


points = [Point(i, -i) for i in range(50)]
for _ in range(30):
    shift(points, 1)
print(total(points), points[3].norm1(), points[3].label())

# Reading __dict__ makes the dict; the instance keeps working through it, others stay inline.
p = points[7]
d = p.__dict__
print(sorted(d.items()), p.x, p.y)
d["x"] = 1000
print(p.x, total(points))
p.z = "new"
print(d, vars(p) is d)
shift(points, 1)
print(p.x, p.y, points[8].x, points[8].y)

# Another attribute order for one instance: it stops sharing, the class's sites still answer.
q = Point.__new__(Point)
q.y = 5
q.x = 6
print(q.__dict__, q.norm1(), total([q, points[0]]))

# An instance attribute shadowing a method, set before and after the method was called there.
a = Point(1, 2)
print(a.label())
a.label = lambda: "shadowed"
print(a.label(), Point(3, 4).label())
b = Point(5, 6)
b.norm1 = 99
print(b.norm1, vars(b))
del b.norm1
print(b.norm1())

# Deleting an attribute, then setting it again, and errors for missing ones.
c = Point(7, 8)
del c.x
print(hasattr(c, "x"), c.__dict__)
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
c.x = 70
print(c.x, c.y, c.__dict__)
try:
    del c.nothing
except AttributeError as e:
    print("AttributeError:", e)

# The builtins reach inline values without changing what the sites see afterwards.
e = Point(9, 10)
print(getattr(e, "x"), getattr(e, "missing", "dflt"), hasattr(e, "y"), hasattr(e, "w"))
setattr(e, "w", 11)
print(e.w, sorted(vars(e)), total([e]))
delattr(e, "w")
print(sorted(e.__dict__))


# __class__ assignment between classes with different attribute orders.
class Other:
    def __init__(self):
        self.y = "oy"
        self.x = "ox"

    def label(self):
        return "Other(%s, %s)" % (self.x, self.y)


o = Other()
f = Point(11, 12)
f.__class__ = Other
print(f.label(), f.x, f.y, vars(f))
o.__class__ = Point
print(o.label(), o.x, o.y)

# A fresh __dict__ replaces the attributes wholesale.
g = Point(13, 14)
g.__dict__ = {"x": -1, "y": -2, "extra": 3}
print(g.label(), g.extra, total([g]))
try:
    g.__dict__ = []
except TypeError as e:
    print("TypeError:", e)


# Many attributes (past the 30 CPython shares) and a subclass adding its own.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


w = Wide(40)
print(w.a0, w.a29, w.a30, w.a39, len(vars(w)))


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def label(self):
        return "P3(%s, %s, %s)" % (self.x, self.y, self.z)


mixed = [Point(1, 1), Point3(2, 2, 2), Point(3, 3), Point3(4, 4, 4)]
for _ in range(20):
    shift(mixed, 2)
print(total(mixed), [m.label() for m in mixed])


# Slots beside a __dict__, and a class whose instances have no __dict__ at all.
class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot"
        self.t = "dict"


h = Slotted()
print(h.s, h.t, vars(h))


class NoDict:
    __slots__ = ("only",)


n = NoDict()
n.only = 1
try:
    n.other = 2
except AttributeError as e:
    print("AttributeError:", e)
print(n.only)

# Class attributes are shadowed per instance, inline or not.
class Counter:
    step = 1

    def bump(self):
        self.count = getattr(self, "count", 0) + self.step


k1, k2 = Counter(), Counter()
for i in range(5):
    k1.bump()
k2.step = 10
for i in range(3):
    k2.bump()
print(k1.count, k2.count, k2.__dict__, Counter.step)
