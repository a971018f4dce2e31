# Class attributes vs instance attributes: lookup order, shadowing, shared mutable state, __dict__.

class Dog:
    species = "canis familiaris"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is b.tricks, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(vars(a), vars(b), "species" in vars(Dog), sorted([k for k in vars(Dog) if not k.startswith("__")]))
del a.species
print(a.species)
try:
    del a.species
except AttributeError as e:
    print("AttributeError:", e)
Dog.species = "changed on class"
print(a.species, b.species)
b.count += 10
print(b.count, Dog.count, a.count)


class Fixed:
    def __init__(self):
        self.tricks = []


x, y = Fixed(), Fixed()
x.tricks.append("own")
print(x.tricks, y.tricks)
a.__dict__["name"] = "changed via __dict__"
print(a.name, getattr(a, "name"), hasattr(a, "nope"), getattr(a, "nope", None))
setattr(a, "age", 3)
print(a.age, sorted(a.__dict__))
try:
    print(a.undefined)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Dog.undefined)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Dog.__dict__).__name__, Dog.__dict__["species"], Dog.__name__, Dog.__qualname__, Dog.__module__)
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
