# getattr, setattr, hasattr and delattr: defaults, dynamic names, and what hasattr swallows.

class Config:
    debug = False

    def __init__(self):
        self.name = "app"

    @property
    def broken(self):
        raise KeyError("not an AttributeError")

    @property
    def missing_inside(self):
        return self.nonexistent


c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "nope", "default"), getattr(Config, "debug"))
for attr in ("name", "debug", "nope", "missing_inside", "__init__", "__class__"):
    print(attr, hasattr(c, attr))
try:
    hasattr(c, "broken")
except KeyError as e:
    print("hasattr let a KeyError through:", e)
setattr(c, "level", 3)
setattr(c, "with space", "allowed via setattr")
print(c.level, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "level")
print(hasattr(c, "level"))
for label, fn in (("getattr(c, 'nope')", lambda: getattr(c, "nope")), ("getattr(c, 5)", lambda: getattr(c, 5)),
                  ("delattr(c, 'nope')", lambda: delattr(c, "nope")), ("setattr(5, 'x', 1)", lambda: setattr(5, "x", 1)),
                  ("setattr(c, 1, 1)", lambda: setattr(c, 1, 1)), ("hasattr(c)", lambda: hasattr(c)),
                  ("delattr(Config, 'debug') twice", lambda: (delattr(Config, "debug"), delattr(Config, "debug")))):
    try:
        print(label, "->", fn())
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
methods = ["upper", "lower", "title", "swapcase"]
print([getattr("MiXed", m)() for m in methods])
ops = {name: getattr(int, f"__{name}__") for name in ("add", "mul", "sub")}
print({name: fn(6, 3) for name, fn in ops.items()})
print(getattr(getattr(c, "__class__"), "__name__"), getattr(1, "real"), getattr([], "append").__name__)
