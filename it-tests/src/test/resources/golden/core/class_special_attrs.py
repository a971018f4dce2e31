# Special attributes of classes and instances: __class__, __bases__, __dict__, __module__, dir().

class Base:
    """Base doc."""
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst_attr = 3

    def child_method(self):
        pass


c = Child()
print(c.__class__, c.__class__.__name__, Child.__bases__, Child.__base__, Base.__bases__, object.__bases__)
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__doc__, Base.__doc__)
print(sorted([k for k in Child.__dict__ if not k.startswith("__")]), sorted(c.__dict__))
print("__init__" in Child.__dict__, "__init__" in Base.__dict__, "base_attr" in Child.__dict__)
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(set(dir(c)) - set(dir(Child))))
print(dir(c) == sorted(dir(c)))
dunders = [n for n in dir(c) if n.startswith("__")]
print(len(dunders) > 20, "__class__" in dunders, "__dict__" in dunders, "__weakref__" in dunders, "__slots__" in dunders)
print(type(Child.__dict__).__name__, type(c.__dict__).__name__, Child.__dict__["child_attr"])
print(object.__name__, type.__name__, int.__doc__ is not None)


class WithDir:
    def __init__(self):
        self.visible = 1

    def __dir__(self):
        return ["zeta", "alpha", "visible"]


print(dir(WithDir()), [n for n in dir(WithDir) if not n.startswith("__")])
print(vars(c), vars(Child)["child_attr"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
c.__dict__ = {"replaced": True}
print(vars(c), hasattr(c, "inst_attr"))
print(Child.__init__.__qualname__, Child.child_method.__module__, c.child_method.__func__.__qualname__)
print(Child.__subclasses__(), Base.__subclasses__(), Child.__mro__[-1].__name__)
