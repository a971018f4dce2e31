class Shape:
    """A shape with a name."""
    sides = 0

    def __init__(self, name, *, color="red"):
        self.name = name
        self.color = color

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, color={self.color})"

    @property
    def label(self):
        return self.name.upper()


class Square(Shape):
    sides = 4

    def area(self, side: float) -> float:
        return side ** 2
