# __set_name__ tells a descriptor which attribute name it was assigned to in the class body.

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"   __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)


class Person:
    name = Field(str, "anonymous")
    age = Field(int, 0)

    def __repr__(self):
        return f"Person(name={self.name!r}, age={self.age})"


p = Person()
print(p)
p.name = "Ada"
p.age = 36
print(p, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(Person.name.name, Person.age.storage, type(Person.__dict__["age"]).__name__)

late = Field(float, 0.0)
Person.height = late
print(hasattr(late, "name"))
late.__set_name__(Person, "height")
p.height = 1.7
print(p.height)


class Recorder:
    seen = []

    def __set_name__(self, owner, name):
        Recorder.seen.append(name)


class Many:
    first = Recorder()
    second = Recorder()
    a = b = Recorder()
    not_a_descriptor = 5


print(Recorder.seen)
