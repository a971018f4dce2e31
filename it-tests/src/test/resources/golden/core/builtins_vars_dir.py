# vars() and dir() on user classes and instances (dir() results are sorted).

class Base:
    kind = "base"

    def base_method(self):
        pass


class Item(Base):
    tax = 0.2

    def __init__(self, name, price):
        self.name = name
        self.price = price

    def total(self):
        return self.price * (1 + self.tax)


item = Item("lamp", 40)
print(vars(item))
print(sorted([k for k in vars(Item) if not k.startswith("__")]))
print([n for n in dir(item) if not n.startswith("__")])
print([n for n in dir(Item) if not n.startswith("__")])
print(dir(item) == sorted(dir(item)), "name" in dir(item), "name" in dir(Item), "tax" in dir(item))
vars(item)["colour"] = "red"
print(item.colour, vars(item) is item.__dict__)


def scope_demo(a, b=2):
    c = a + b
    print("dir() in a function:", dir())
    print("vars() in a function:", sorted(vars().items()))
    return c


scope_demo(1)


class WithDir:
    def __dir__(self):
        return ["b", "a", "c", "a"]


print(dir(WithDir()))


class Slotted:
    __slots__ = ("x",)


s = Slotted()
s.x = 1
print([n for n in dir(s) if not n.startswith("__")])
for obj in (5, "s", s):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
try:
    vars(item, item)
except TypeError as e:
    print("TypeError:", e)
module_names = [n for n in dir() if not n.startswith("__")]
print(module_names)
