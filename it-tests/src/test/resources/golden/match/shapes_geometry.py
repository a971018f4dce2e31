# Geometry with class patterns: areas, perimeters, collisions and transformations.
import math


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"P({self.x},{self.y})"


class Circle:
    __match_args__ = ("c", "r")

    def __init__(self, c, r):
        self.c, self.r = c, r

    def __repr__(self):
        return f"Circle({self.c},{self.r})"


class Rect:
    __match_args__ = ("p1", "p2")

    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2

    def __repr__(self):
        return f"Rect({self.p1},{self.p2})"


class Polygon:
    __match_args__ = ("points",)

    def __init__(self, *points):
        self.points = list(points)

    def __repr__(self):
        return f"Polygon({self.points})"


def area(s):
    match s:
        case Circle(_, r):
            return round(math.pi * r * r, 3)
        case Rect(Point(x1, y1), Point(x2, y2)):
            return abs(x2 - x1) * abs(y2 - y1)
        case Polygon([_, _]) | Polygon([_]) | Polygon([]):
            return 0
        case Polygon(points):
            total = 0
            for a, b in zip(points, points[1:] + points[:1]):
                match a, b:
                    case Point(x1, y1), Point(x2, y2):
                        total += x1 * y2 - x2 * y1
            return abs(total) / 2
        case _:
            raise TypeError(f"no area for {s!r}")


def describe(s):
    match s:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Rect(Point(x1, y1), Point(x2, y2)) if x2 - x1 == y2 - y1:
            return "square"
        case Rect():
            return "rectangle"
        case Polygon([Point(), Point(), Point()]):
            return "triangle"
        case Polygon([*pts]) if len(pts) > 3:
            return f"{len(pts)}-gon"
        case _:
            return "degenerate or unknown"


def translate(s, dx, dy):
    match s:
        case Point(x, y):
            return Point(x + dx, y + dy)
        case Circle(c, r):
            return Circle(translate(c, dx, dy), r)
        case Rect(a, b):
            return Rect(translate(a, dx, dy), translate(b, dx, dy))
        case Polygon(pts):
            return Polygon(*[translate(p, dx, dy) for p in pts])


shapes = [Circle(Point(0, 0), 1), Circle(Point(2, 3), 2.5), Rect(Point(0, 0), Point(4, 4)),
          Rect(Point(1, 1), Point(4, 3)), Polygon(Point(0, 0), Point(4, 0), Point(0, 3)),
          Polygon(Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2), Point(-1, 1)), Polygon(Point(1, 1))]
for s in shapes:
    moved = translate(s, 1, -1)
    print(f"{s!r:60} area={area(s):<8} {describe(s):32} moved={moved!r}")
try:
    area(Point(1, 1))
except TypeError as e:
    print("TypeError:", e)
