# Creating and changing classes at run time: type(), setattr on classes, monkey-patching, __class__.

def init(self, name):
    self.name = name


Animal = type("Animal", (), {"__init__": init, "sound": "...", "speak": lambda self: f"{self.name}: {self.sound}"})
Dog = type("Dog", (Animal,), {"sound": "woof"})
print(Dog("rex").speak(), Animal("thing").speak(), Dog.__mro__, Dog.__name__, Dog.__qualname__)
print(type(Dog), type(Animal("x")).__name__, Dog.__module__)

setattr(Dog, "fetch", lambda self, item: f"{self.name} fetches the {item}")
d = Dog("fido")
print(d.fetch("ball"))
Dog.sound = "WOOF"
print(d.speak())
del Dog.sound
print(d.speak())


class Cat(Animal):
    sound = "meow"


d.__class__ = Cat
print(d.speak(), type(d).__name__, isinstance(d, Dog))
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(5), type("s"), type(type), type(object))

methods = {}
for op in ("add", "sub", "mul"):
    def make(op=op):
        def fn(self, other):
            a, b = self.v, other.v
            return Num({"add": a + b, "sub": a - b, "mul": a * b}[op])
        fn.__name__ = f"__{op}__"
        return fn
    methods[f"__{op}__"] = make()
methods["__init__"] = lambda self, v: setattr(self, "v", v)
methods["__repr__"] = lambda self: f"Num({self.v})"
Num = type("Num", (), methods)
print(Num(6) + Num(2), Num(6) - Num(2), Num(6) * Num(2), sorted([k for k in vars(Num) if k.startswith("__") and k.endswith("__") and k[2:-2] in ("add", "sub", "mul")]))
Num.__add__ = lambda self, other: "patched add"
print(Num(1) + Num(2))
print(type.__name__, type.__mro__, isinstance(type, object), isinstance(object, type))
