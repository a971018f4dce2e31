# super() in its forms: zero-argument, two-argument, in classmethods, and where it fails.

class Base:
    greeting = "base attr"

    def hello(self):
        return f"Base.hello on {type(self).__name__}"

    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"

    @staticmethod
    def util():
        return "Base.util"


class Child(Base):
    greeting = "child attr"

    def hello(self):
        return "Child.hello -> " + super().hello()

    def explicit(self):
        return super(Child, self).hello()

    def skip(self):
        return super(Base, self).__class__.__name__

    @classmethod
    def create(cls):
        return "Child.create -> " + super().create()

    def attr(self):
        return super().greeting, self.greeting

    def util_via_super(self):
        return super().util()


class GrandChild(Child):
    def hello(self):
        return "GrandChild.hello -> " + super().hello()

    def jump(self):
        return super(Child, self).hello()


g = GrandChild()
print(g.hello())
print(g.jump(), g.explicit(), g.skip())
print(GrandChild.create(), g.attr(), g.util_via_super())
s = super(Child, g)
print(type(s).__name__, s.hello(), super(Child, GrandChild).create())


def free_function():
    return super().hello()


try:
    free_function()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Child, g).missing
except AttributeError as e:
    print("AttributeError:", e)


class NoParent:
    def method(self):
        return super().method()


try:
    NoParent().method()
except AttributeError as e:
    print("AttributeError:", e)


class Init(Base):
    def __init__(self, x):
        super().__init__()
        self.x = x


print(Init(4).x, Init.__mro__[1].__name__)
