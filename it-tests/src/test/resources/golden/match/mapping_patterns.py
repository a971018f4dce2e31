# Mapping patterns: required keys, extra keys allowed, **rest, literal and value keys, subclasses.
class Keys:
    KIND = "kind"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {Keys.KIND: "custom", 1: one, None: nothing}:
            return f"custom one={one} none-key={nothing}"
        case {"type": t, **rest}:
            return f"unknown type {t} rest={rest}"
        case {}:
            return f"some mapping without type ({len(event)} keys)"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "alt": False},
    {"type": "key", "key": 5},
    {"kind": "custom", 1: "uno", None: "nada"},
    {"kind": "custom", 1: "uno"},
    {},
    {"x": 1},
    [("type", "click")],
    "type",
]
for e in events:
    print(f"{e!r:50} -> {handle(e)}")


class LoggingDict(dict):
    def get(self, key, default=None):
        print(f"    get({key!r})")
        return super().get(key, default)

    def __getitem__(self, key):
        print(f"    [{key!r}]")
        return super().__getitem__(key)

    def keys(self):
        print("    keys()")
        return super().keys()


class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


def lookup(m):
    match m:
        case {"a": 1, "b": b, **rest}:
            return f"b={b} rest={rest}"
        case {"z": z}:
            return f"z={z}"
    return "no match"


print(lookup(LoggingDict(a=1, b=2, c=3)))
print(lookup(LoggingDict(a=2, z=0)))
print("with __missing__:", lookup(DefaultDict(a=1)), lookup(DefaultDict(q=1)))


def rest_is_a_new_dict(m):
    match m:
        case {"k": _, **rest}:
            rest["added"] = True
            return rest


original = {"k": 1, "x": 2}
r = rest_is_a_new_dict(original)
print(r, original, type(rest_is_a_new_dict(LoggingDict(k=0))).__name__)
