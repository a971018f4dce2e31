# Records as tuples, with a hand-written tuple subclass that gives fields names.

class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def _replace(self, **changes):
        fields = {"x": self.x, "y": self.y}
        for k, v in changes.items():
            if k not in fields:
                raise ValueError(f"Got unexpected field names: [{k!r}]")
            fields[k] = v
        return Point(**fields)


p = Point(1, 2)
q = p + (10, 20)
print(p, q, p.x, q.y, p[0], len(p), tuple(p), list(q), p == (1, 2), isinstance(p, tuple))
x, y = q
print(x, y, p._replace(y=99), sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hash(p) == hash((1, 2)), {p: "point"}[(1, 2)], p + Point(0, 0), type(p + p).__name__, type(p[:1]).__name__)
print(type(p * 2).__name__, p * 2, max(p), p.count(1), p.index(2))
print(Point.__mro__)

people = [("Ann", 34, "engineer"), ("Bob", 27, "designer"), ("Cy", 41, "manager")]
NAME, AGE, ROLE = range(3)
for person in sorted(people, key=lambda r: r[AGE]):
    print(f"{person[NAME]:<4}{person[AGE]:>3} {person[ROLE]}")
print(max(people, key=lambda r: r[AGE])[NAME], sum([r[AGE] for r in people]) / len(people))
