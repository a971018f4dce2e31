# type(), object() and id(): identities compared with `is`, never printed.

values = [1, 1.0, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1), slice(1), 1j, type, object, len, Ellipsis]
print([type(v).__name__ for v in values])
print(type(type) is type, type(object) is type, type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
a = object()
b = object()
print(a is a, a is b, a == b, a != b, id(a) == id(a), id(a) != id(b), type(a) is object)
try:
    a.attribute = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(a, object), hash(a) == hash(a), bool(a), str(a) == repr(a), str(a).startswith("<object object at "))
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(None is None, (lambda: None)() is None, type(None)() is None)
small = 5
print(small == 5, type(small)(7), type("x")("y"), type([1])("ab"))
sentinel = object()


def find(items, target, default=sentinel):
    for item in items:
        if item == target:
            return item
    if default is sentinel:
        raise LookupError(f"{target!r} not found")
    return default


print(find([1, 2], 2), find([1, 2], 3, None))
try:
    find([], "x")
except LookupError as e:
    print("LookupError:", e)
T = type("T", (), {"x": 1})
print(type(T), T.__name__, T().x, type(T()) is T)
print([m for m in dir(object) if not m.startswith("__")], len(dir(a)) > 10)
