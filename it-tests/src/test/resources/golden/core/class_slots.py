# __slots__: fixed attribute sets, no __dict__, errors on unknown attributes, inheritance.

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p)


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3D(1, 2, 3)
print(q.x, q.z, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(0, 0)
r.anything = "allowed: subclass without __slots__ has a __dict__"
print(r.anything, r.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Defaults:
    __slots__ = ("value",)
    kind = "class attribute still works"


d = Defaults()
print(d.kind)
try:
    d.kind = "but it cannot be set on the instance"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
print(getattr(d, "value", "unset"))
