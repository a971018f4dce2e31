# Class patterns: positional sub-patterns via __match_args__, keyword sub-patterns, inheritance.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class NoArgs:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"on the z=0 plane at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis (keyword form)"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere: {p!r}"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle of radius {r} around the origin"
        case Circle(_, radius):
            return f"circle radius {radius}"
        case NoArgs(name=n, size=s):
            return f"NoArgs name={n} size={s}"
        case NoArgs(name=n):
            return f"NoArgs with only name {n}"
        case NoArgs():
            return "bare NoArgs"
        case _:
            return "not a shape"


things = [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0),
          Point3(1, 2, 3), Circle(Point(1, 1), 20), Circle(Point(0, 0), 2), Circle(Point(5, 5), 1),
          NoArgs(name="a", size=3), NoArgs(name="b"), NoArgs(other=1), "Point", Point]
for t in things:
    print(f"{type(t).__name__:8} -> {where(t)}")


class Lazy:
    __match_args__ = ("computed",)

    @property
    def computed(self):
        print("    computing property")
        return 42


match Lazy():
    case Lazy(41):
        print("no")
    case Lazy(42 as v):
        print("property matched", v)


class Missing:
    __match_args__ = ("present", "absent")
    present = 1


match Missing():
    case Missing(1, _):
        print("not reached: 'absent' is missing, so the pattern fails")
    case Missing(1):
        print("one positional works")
