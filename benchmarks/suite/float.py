# float: many small point objects with float attributes — built from sin/cos,
# normalised in place, then folded with a componentwise maximum. Object
# allocation, attribute access and method calls around float arithmetic.
import math

POINTS = 100000
ROUNDS = 21


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.12f, y=%.12f, z=%.12f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    result = None
    for r in range(ROUNDS):
        result = benchmark(POINTS + r)
    print(result)


main()
