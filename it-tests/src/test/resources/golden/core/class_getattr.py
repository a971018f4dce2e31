# __getattr__ runs only when normal lookup fails; __getattribute__ intercepts every lookup.

class Fallback:
    existing = "found normally"

    def __init__(self):
        self.own = "instance value"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r} (custom)")


f = Fallback()
print(f.existing, f.own, f.dyn_colour, getattr(f, "dyn_size"), hasattr(f, "dyn_x"), hasattr(f, "other"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "missing", "default used"))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, len(p._target))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)


class Everything:
    def __init__(self):
        self.real = "real value"

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name} denied")
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value

    def method(self):
        return "method result"

    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"


e = Everything()
print(e.real, e.method(), e.secret_key, e.nothing_here)
e.secret = 1
print(e.__dict__, e.secret)


class Lazy:
    def __getattr__(self, name):
        print(f"   loading {name}")
        value = len(name)
        setattr(self, name, value)
        return value


z = Lazy()
print(z.alpha, z.alpha, z.beta)


class Broken:
    def __getattr__(self, name):
        return self.other


try:
    Broken().x
except RecursionError as e:
    print("RecursionError:", e)
