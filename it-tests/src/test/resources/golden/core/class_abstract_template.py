# Abstract base classes by hand: NotImplementedError in base methods, template methods, hooks.

class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s)


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2

    def perimeter(self):
        return 2 * 3.141592653589793 * self.r


class Incomplete(Shape):
    def area(self):
        return 1.0


for shape in (Rect(2, 3), Square(4), Circle(1.5), Incomplete(), Shape()):
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print(type(shape).__name__, "NotImplementedError:", repr(e), "|", e)
shapes = [Rect(1, 5), Circle(1), Square(2)]
print([s.name for s in sorted(shapes, key=lambda s: s.area())])
print(sum([s.area() for s in shapes]) > 12, max(shapes, key=lambda s: s.perimeter()).name)


class Report:
    def render(self):
        return "\n".join([self.header(), *[self.row(r) for r in self.rows()], self.footer()])

    def header(self):
        return "=== report ==="

    def footer(self):
        return "=== end ==="

    def rows(self):
        return []

    def row(self, r):
        return str(r)


class SalesReport(Report):
    def rows(self):
        return [("north", 120), ("south", 80)]

    def row(self, r):
        return f"{r[0]:<8}{r[1]:>6}"

    def footer(self):
        return f"total {sum([v for _, v in self.rows()])}\n" + super().footer()


print(Report().render())
print(SalesReport().render())
print(NotImplementedError.__mro__[1].__name__, NotImplemented is not NotImplementedError)
