# Value patterns: dotted names compared with ==, from classes, instances and nested namespaces.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class HTTP:
    class Status:
        OK = 200
        NOT_FOUND = 404
        ERROR = 500


class Config:
    def __init__(self):
        self.limit = 3


cfg = Config()


def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"


print([color_name(c) for c in ["red", "green", "blue", "RED", Color.BLUE]])


def status(code):
    match code:
        case HTTP.Status.OK:
            return "ok"
        case HTTP.Status.NOT_FOUND:
            return "not found"
        case HTTP.Status.ERROR:
            return "server error"
    return "other"


print([status(c) for c in (200, 404, 500, 302, 200.0, True)])


def at_limit(n):
    match n:
        case cfg.limit:
            return "at limit"
        case _:
            return "not at limit"


print(at_limit(3), at_limit(4))
cfg.limit = 4
print("after changing the attribute:", at_limit(3), at_limit(4))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"    Loud({self.v}).__eq__({other!r})")
        return self.v == other


class Consts:
    A = Loud(1)
    B = Loud(2)


def which(x):
    match x:
        case Consts.A:
            return "A"
        case Consts.B:
            return "B"
    return "none"


print(which(2))
print(which(3))


class Lookups:
    count = 0

    def __getattr__(self, name):
        Lookups.count += 1
        return 7


ns = Lookups()


def dynamic(x):
    match x:
        case ns.seven:
            return "seven"
        case ns.other:
            return "other seven"
    return "not seven"


print(dynamic(7), dynamic(8), "lookups:", Lookups.count)


def missing_attribute(x):
    match x:
        case Color.PURPLE:
            return "purple"
    return "no"


try:
    missing_attribute("purple")
except AttributeError as e:
    print("AttributeError:", e)
