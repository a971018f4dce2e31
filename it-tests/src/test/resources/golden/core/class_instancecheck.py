# isinstance/issubclass hooks: __instancecheck__ and __subclasscheck__ on a metaclass.

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all([callable(getattr(obj, m, None)) for m in cls.required])

    def __subclasscheck__(cls, sub):
        return all([callable(getattr(sub, m, None)) for m in cls.required])


class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")


class Duck:
    def quack(self):
        return "quack"

    def walk(self):
        return "waddle"


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance("x", Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker), issubclass(Duck, (int, Quacker)))
print(isinstance(Duck(), (int, str)), isinstance(Duck(), (int, Quacker)))


class Even(type):
    def __instancecheck__(cls, obj):
        print(f"   Even.__instancecheck__({obj!r})")
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("4", EvenNumber))
print(isinstance(EvenNumber(), EvenNumber), "(exact type match short-circuits the hook)")


class Registered(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._virtual = set()

    def register(cls, other):
        cls._virtual.add(other)
        return other

    def __subclasscheck__(cls, sub):
        return sub in cls._virtual or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


class Sequence(metaclass=Registered):
    pass


Sequence.register(list)
Sequence.register(str)
print(isinstance([], Sequence), isinstance("s", Sequence), isinstance({}, Sequence), issubclass(tuple, Sequence))


class RealChild(Sequence):
    pass


print(issubclass(RealChild, Sequence), isinstance(RealChild(), Sequence))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(1, int | str), issubclass(bool, int | None), int | str)
