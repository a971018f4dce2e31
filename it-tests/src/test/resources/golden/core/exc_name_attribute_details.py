# NameError and AttributeError carry .name (and .obj); str() has no "Did you mean" suggestion.

try:
    undefined_thing
except NameError as e:
    print(repr(e), "| name:", e.name, "| str:", str(e))

length = 5
try:
    lenght
except NameError as e:
    print(str(e), "| name:", e.name)


def f():
    try:
        return missing_local_or_global
    except NameError as e:
        return f"{e} ({e.name})"


print(f())


class Thing:
    color = "red"

    def __init__(self):
        self.size = 3


t = Thing()
for name in ("colour", "sise", "nope"):
    try:
        getattr(t, name)
    except AttributeError as e:
        print(str(e), "| name:", e.name, "| obj is t:", e.obj is t)
try:
    Thing.nope
except AttributeError as e:
    print(str(e), "|", e.name, e.obj is Thing)
try:
    (5).real = 1
except AttributeError as e:
    print(str(e), "|", e.name, e.obj)
try:
    "text".foo
except AttributeError as e:
    print(str(e), "|", e.name, repr(e.obj))
try:
    None.attribute
except AttributeError as e:
    print(str(e), "|", e.name, e.obj)
try:
    del t.color
except AttributeError as e:
    print(str(e), "|", e.name)
e = AttributeError("custom")
print(e.name, e.obj)
e = NameError("custom", name="x")
print(e.name, str(e))


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(f"no dynamic attribute {name}")


try:
    Dynamic().anything
except AttributeError as err:
    print(str(err), "|", err.name, "|", type(err.obj).__name__)
