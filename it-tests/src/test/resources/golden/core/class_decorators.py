# Class decorators: adding methods, registering classes, generating __init__/__repr__/__eq__ by hand.

def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def record(*field_names):
    def decorate(cls):
        def __init__(self, *args):
            if len(args) != len(field_names):
                raise TypeError(f"{cls.__name__}() takes {len(field_names)} arguments ({len(args)} given)")
            for name, value in zip(field_names, args):
                setattr(self, name, value)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all([getattr(self, f) == getattr(other, f) for f in field_names])

        cls.__init__ = __init__
        cls.__eq__ = __eq__
        cls.__hash__ = lambda self: hash(tuple([getattr(self, f) for f in field_names]))
        cls.fields = field_names
        return auto_repr(cls)
    return decorate


@record("x", "y")
class Point:
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p == Point(0, 0), p != (3, 4), len({p, Point(3, 4)}), Point.fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
REGISTRY = []


def registered(cls):
    REGISTRY.append(cls.__name__)
    return cls


def singleton(cls):
    instance = cls()
    return lambda: instance


@registered
@auto_repr
class Settings:
    def __init__(self):
        self.debug = False


@singleton
class Logger:
    pass


print(REGISTRY, Settings(), Logger() is Logger(), type(Logger).__name__)


def add_method(name, fn):
    def decorate(cls):
        setattr(cls, name, fn)
        return cls
    return decorate


@add_method("shout", lambda self: self.word.upper() + "!")
@add_method("whisper", lambda self: self.word.lower() + "...")
class Word:
    def __init__(self, word):
        self.word = word


w = Word("Hello")
print(w.shout(), w.whisper(), sorted([k for k in vars(Word) if not k.startswith("__")]))
