# Annotations are evaluated at definition time and stored; they never affect calls.

def area(width: float, height: float = 1.0) -> float:
    return width * height


print(area(3, 4), area("ab", 2), area.__annotations__)
evaluated = []


def note(label):
    evaluated.append(label)
    return label


def f(a: note("a"), *args: note("args"), b: note("b") = 1, **kw: note("kw")) -> note("return"):
    return a


print(evaluated, f.__annotations__)


class Point:
    x: int
    y: int = 0
    label: str = "origin"

    def move(self, dx: int) -> "Point":
        return self


print(Point.__annotations__, Point.y, hasattr(Point, "x"), Point.move.__annotations__)
value: int = "not checked"
print(value, __annotations__)
counts: dict[str, list[int]] = {}
print(__annotations__["counts"], counts)


def no_annotations(x):
    return x


print(no_annotations.__annotations__, type(area.__annotations__).__name__)
area.__annotations__["extra"] = bool
print(area.__annotations__)


def local_annotations():
    n: int = 5
    m: str
    return n, "m" in dir()


print(local_annotations())
lst = [0]
lst[0]: int = 7
obj = Point()
obj.z: float = 1.5
print(lst, obj.z)
print(f.__annotations__["return"], list(f.__annotations__))
