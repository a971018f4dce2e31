# __setattr__ and __delattr__ intercept assignment and deletion of every attribute.

class Strict:
    allowed = ("name", "size")

    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __setattr__(self, key, value):
        if key not in self.allowed:
            raise AttributeError(f"cannot set {key!r}; allowed: {', '.join(self.allowed)}")
        if key == "size" and not isinstance(value, int):
            raise TypeError(f"size must be int, not {type(value).__name__}")
        print(f"   set {key} = {value!r}")
        super().__setattr__(key, value)

    def __delattr__(self, key):
        if key == "name":
            raise AttributeError("name cannot be deleted")
        print(f"   delete {key}")
        super().__delattr__(key)


s = Strict("box", 3)
s.size = 4
for key, value in (("colour", "red"), ("size", "big")):
    try:
        setattr(s, key, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
del s.size
try:
    del s.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.size
except AttributeError as e:
    print("AttributeError:", e)
print(vars(s))


class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, key, value):
        raise AttributeError(f"cannot assign to field {key!r}")

    __delattr__ = __setattr__

    def __repr__(self):
        return "Frozen(" + ", ".join([f"{k}={v!r}" for k, v in vars(self).items()]) + ")"


fz = Frozen(x=1, y=2)
print(fz)
try:
    fz.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del fz.y
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


class Tracking:
    def __init__(self):
        object.__setattr__(self, "changes", [])

    def __setattr__(self, key, value):
        self.changes.append((key, value))
        object.__setattr__(self, key, value)


t = Tracking()
t.a = 1
t.a += 1
setattr(t, "b", [])
t.b += [1]
print(t.changes, t.a, t.b)
