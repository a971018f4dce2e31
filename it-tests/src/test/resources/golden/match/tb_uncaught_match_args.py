# A class pattern with too many positional sub-patterns: the TypeError is uncaught.
class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(v):
    match v:
        case Vector(x, y):
            return abs(x) + abs(y)


def is_3d(v):
    match v:
        case Vector(_, _, z):
            return True
    return False


print(norm1(Vector(3, -4)))
print(is_3d(Vector(1, 2)))
