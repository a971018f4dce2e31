# Single inheritance: overriding, extending with super(), isinstance/issubclass, attribute lookup.

class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name!r}): {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!" * self.age


class Cat(Animal):
    def speak(self):
        return f"{self.name} ignores you"


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 3), Cat("tom")]
for a in animals:
    print(a.describe())
print(isinstance(animals[2], Dog), isinstance(animals[2], Animal), isinstance(animals[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, object))
print(Puppy.__bases__, Puppy.__base__, Puppy.__mro__)
print([c.__name__ for c in Animal.__subclasses__()], Dog.__subclasses__())
print(isinstance(animals[1], (Cat, Puppy)), isinstance(animals[1], (Cat, Dog)), issubclass(Puppy, (Cat, Dog)))
p = animals[2]
print(p.sound, Puppy.sound, "sound" in Puppy.__dict__, "sound" in Dog.__dict__, vars(p))
Dog.sound = "WOOF"
print(p.speak())


class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base hook"


class Derived(Base):
    def hook(self):
        return "derived hook"


print(Base().template(), Derived().template())
try:
    issubclass(p, Animal)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Dog, type), type(Dog), type(p) is Puppy, p.__class__.__name__)
