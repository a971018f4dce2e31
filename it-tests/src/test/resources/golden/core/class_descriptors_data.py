# Data descriptors (with __set__ or __delete__) take precedence over the instance __dict__.

class Logged:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f"   __get__ on class {objtype.__name__}")
            return self
        value = obj.__dict__.get(self.name, "<unset>")
        print(f"   __get__ {self.name} -> {value!r}")
        return value

    def __set__(self, obj, value):
        print(f"   __set__ {self.name} = {value!r}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print(f"   __delete__ {self.name}")
        obj.__dict__.pop(self.name, None)


class Account:
    balance = Logged("balance")


a = Account()
print(a.balance)
a.balance = 100
print(a.balance)
a.__dict__["balance"] = 999
print(a.balance, "(descriptor still reads __dict__ itself)")
del a.balance
print(a.balance, vars(a))
print(type(Account.balance).__name__)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Rect:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width, self.height = w, h

    @property
    def area(self):
        return self.width * self.height


r = Rect(3, 4)
print(r.area, vars(r))
for w in (5, 0, -2):
    try:
        r.width = w
        print("width set to", r.width)
    except ValueError as e:
        print("ValueError:", e)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Holder:
    answer = ReadOnly()


h = Holder()
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(h.answer, Holder.answer)
