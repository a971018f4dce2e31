# Non-data descriptors (only __get__) are shadowed by the instance __dict__; functions are such descriptors.

class Computed:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print(f"   computed {self.name}")
        return value


class Data:
    def __init__(self, values):
        self.values = values

    @Computed
    def total(self):
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, vars(d))
d.total = "overwritten"
print(d.total)
del d.total
print(d.total)


class Greeter:
    def greet(self):
        return "method"


g = Greeter()
func = Greeter.__dict__["greet"]
print(type(func).__name__, func.__get__(g, Greeter)(), func.__get__(None, Greeter) is func)
g.greet = lambda: "instance attribute shadows the method"
print(g.greet(), Greeter().greet())
del g.greet
print(g.greet())


class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value if obj is not None else f"<Const {self.value} on {objtype.__name__}>"


class Config:
    limit = Const(10)


cfg = Config()
print(cfg.limit, Config.limit)
cfg.limit = 99
print(cfg.limit, Config().limit)
print(hasattr(Const, "__set__"), hasattr(property, "__set__"), hasattr(type(Greeter.greet), "__set__"))


class Bound:
    def __get__(self, obj, objtype=None):
        return f"bound to {type(obj).__name__ if obj is not None else None} via {objtype.__name__}"


class Owner:
    attr = Bound()


class SubOwner(Owner):
    pass


print(Owner().attr, SubOwner().attr, SubOwner.attr)
