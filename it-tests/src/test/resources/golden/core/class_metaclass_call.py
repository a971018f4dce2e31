# Metaclass __call__ controls instance creation (singletons, counting); __prepare__ supplies the namespace.

class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print(f"   creating the only {cls.__name__}")
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print(f"   Config.__init__({value})")
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counted(type):
    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        cls.instances = getattr(cls, "instances", 0) + 1
        return instance


class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name


widgets = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in widgets])


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"   __prepare__({name})")
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2
    zeta = 3

    def middle(self):
        pass
    beta = 4


print(Form.field_order, Form.zeta, type(Form.__dict__).__name__)


class Validating(type):
    def __call__(cls, *args):
        if len(args) != len(cls.fields):
            raise TypeError(f"{cls.__name__} expects {len(cls.fields)} values, got {len(args)}")
        obj = cls.__new__(cls)
        for f, v in zip(cls.fields, args):
            setattr(obj, f, v)
        return obj


class Pair(metaclass=Validating):
    fields = ("left", "right")


p = Pair(1, 2)
print(p.left, p.right)
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
