# Class patterns call isinstance (honouring __instancecheck__) and look attributes up lazily,
# left to right, stopping at the first failing sub-pattern.
log = []


class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(f"isinstance check for {cls.__name__}")
        return isinstance(obj, dict) and obj.get("kind") == cls.__name__


class Duck(metaclass=Meta):
    pass


def is_duck(x):
    match x:
        case Duck():
            return "duck"
        case _:
            return "not a duck"


print(is_duck({"kind": "Duck"}), is_duck({"kind": "Goose"}), is_duck(Duck()), log)


class Logged:
    __match_args__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self._values = {"a": a, "b": b, "c": c}

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


log.clear()
match Logged(1, 2, 3):
    case Logged(1, 9, _):
        print("no")
    case Logged(1, 2, c=3):
        print("keyword after positional matched")
print(log)

log.clear()
match Logged(1, 2, 3):
    case Logged(missing=1):
        print("no")
    case Logged(d=_):
        print("no")
    case Logged(a=_) if not log.append("guard"):
        print("matched after the failed lookups")
print(log)


class Base:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


class Other(Base):
    __match_args__ = ()


def which(o):
    match o:
        case Other(x=v):
            return f"Other with x={v}"
        case Child(v):
            return f"Child inherits __match_args__: {v}"
        case Base(v):
            return f"Base {v}"


print(which(Child(1)), which(Base(2)), which(Other(3)))
try:
    match Other(4):
        case Other(v):
            pass
except TypeError as e:
    print("TypeError:", e)


class WithSlots:
    __slots__ = ("p", "q")
    __match_args__ = ("p", "q")

    def __init__(self, p):
        self.p = p


match WithSlots(5):
    case WithSlots(5, q):
        print("unset slot matched?", q)
    case WithSlots(5):
        print("unset slot makes the longer pattern fail")
