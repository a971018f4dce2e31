# `type` is a soft keyword: the builtin and ordinary uses of the name keep working.
print(type(1), type("s").__name__)
type Alias = int
print(Alias.__value__)

type = type
print(type is __builtins__.type if hasattr(__builtins__, "type") else type is globals()["type"])
type X = str
print(X.__value__)


def f(type):
    return type * 2


print(f(21))


class Shape:
    type = "circle"

    def kind(self):
        return self.type


print(Shape().kind(), Shape.type)
kwargs = {"type": "keyword"}
print(dict(type="value"), kwargs["type"])
type, other = "tuple", "unpacking"
print(type, other)
del type
print(type(None).__name__)
match {"type": "event"}:
    case {"type": kind}:
        print("matched key named type:", kind)
type Nested = list[Alias]
print(Nested.__value__, Nested.__value__.__args__[0].__value__)
