# Metaclasses: __new__ and __init__ run when a class statement executes; they can edit the namespace.

class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        print(f"   Meta.__new__({name}, bases={[b.__name__ for b in bases]}, keys={sorted([k for k in namespace if not k.startswith('__')])})")
        namespace["created_by"] = mcls.__name__
        upper = {k.upper(): v for k, v in namespace.items() if k.startswith("const_")}
        namespace.update(upper)
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, **kwargs):
        print(f"   Meta.__init__({name}, kwargs={kwargs})")
        super().__init__(name, bases, namespace)
        cls.init_kwargs = kwargs


class Base(metaclass=Meta):
    const_x = 1

    def method(self):
        return "method"


class Child(Base, flavour="spicy"):
    const_y = 2


print(type(Base).__name__, type(Child).__name__, Child.created_by, Child.CONST_Y, Child.CONST_X, Child.init_kwargs)
print(isinstance(Child, Meta), isinstance(Child(), Base), Child().method())


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)


class Model(metaclass=Registry):
    pass


class User(Model):
    pass


class Order(Model):
    pass


print(Registry.classes)


class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {(k if k.startswith("__") else k.upper()): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)


class Shouty(metaclass=Upper):
    greeting = "hi"

    def speak(self):
        return "speaking"


print(Shouty.GREETING, Shouty().SPEAK(), hasattr(Shouty, "greeting"))


class OtherMeta(type):
    pass


try:
    class Mixed(Base, metaclass=OtherMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
Dynamic = Meta("Dynamic", (Base,), {"const_z": 3})
print(Dynamic.CONST_Z, Dynamic.__mro__[1].__name__)
