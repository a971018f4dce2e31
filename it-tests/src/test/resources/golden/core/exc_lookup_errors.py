# LookupError family across containers: KeyError vs IndexError, and handling both at once.

containers = {
    "list": [10, 20],
    "tuple": (1,),
    "str": "ab",
    "dict": {"a": 1},
    "range": range(2),
    "bytes": b"x",
}
for name, c in containers.items():
    for key in (5, -9, "a", "z"):
        try:
            value = c[key]
            print(f"{name}[{key!r}] = {value!r}")
        except LookupError as e:
            print(f"{name}[{key!r}] -> {type(e).__name__}: {e}")
        except TypeError as e:
            print(f"{name}[{key!r}] -> TypeError: {e}")


def safe_get(container, *path, default=None):
    for key in path:
        try:
            container = container[key]
        except (KeyError, IndexError, TypeError):
            return default
    return container


data = {"users": [{"name": "ann", "tags": ["admin"]}, {"name": "bob"}]}
print(safe_get(data, "users", 0, "tags", 0), safe_get(data, "users", 1, "tags", 0, default="none"))
print(safe_get(data, "users", 5), safe_get(data, "users", 0, "name", 10), safe_get(data, "users", "x"))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(issubclass(KeyError, LookupError) and issubclass(IndexError, LookupError), LookupError.__bases__)
