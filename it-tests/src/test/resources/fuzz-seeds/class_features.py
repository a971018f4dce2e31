class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns)


class Base(metaclass=Meta, flag=True):
    __slots__ = ("a", "b")

    def __init_subclass__(cls, /, **kw):
        super().__init_subclass__()

    @staticmethod
    def static(): return 1

    @classmethod
    def create(cls, *a): return cls(*a)


class Derived(Base, object):
    def method(self):
        return super().method() if hasattr(super(), "method") else None
