# Each dict method once, plus the dunder methods that back the operators.

d = {"x": 1, "y": 2}
c = d.copy()
c["z"] = 3
print(d, c, c is not d)
print(d.keys(), d.values(), d.items(), d.get("x"), d.setdefault("w", 0), d)
print(d.pop("w"), d.popitem(), d)
d.update(a=1)
print(d, dict.fromkeys("ab"))
d.clear()
print(d)
print(sorted([m for m in dir(dict) if not m.startswith("_")]))
e = {"a": 1}
print(e.__getitem__("a"), e.__contains__("a"), e.__len__(), e.__eq__({"a": 1}), e.__ne__({}), e.__or__({"b": 2}))
print(e.__ror__({"z": 0}), e.__or__([1]), e.__eq__(5), list(e.__iter__()), list(e.__reversed__()))
e.__setitem__("b", 2)
e.__delitem__("a")
e.__ior__({"c": 3})
print(e, e.__class__.__name__, dict.__name__, dict.__mro__)
try:
    e.__getitem__("nope")
except KeyError as err:
    print("KeyError:", err)
print(dict.get(e, "b"), dict.keys(e), dict.__len__(e), len(e))
print(type({}.keys()).__name__, bool({}), bool({0: 0}))
