# Every way to update and merge dicts: update() forms, |, |=, ** unpacking, dict() keywords.

base = {"a": 1, "b": 2}
d = dict(base)
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("e", 5)])
print(d)
d.update(f=6, a=100)
print(d)
d.update({"g": 7}, h=8)
print(d)
d.update((("x", 1),), x=2)
print(d)
d.update()
d.update({})
print(len(d))


class Mapping:
    def keys(self):
        return ["m1", "m2"]

    def __getitem__(self, key):
        return key.upper()


d.update(Mapping())
print(d["m1"], d["m2"])
print(base | {"b": 99, "z": 0}, {"z": 0} | base)
e = dict(base)
e |= {"c": 3}
e |= [("d", 4)]
print(e)
try:
    base | [("x", 1)]
except TypeError as e2:
    print("TypeError:", e2)
print({**base, "b": 3, **{"c": 4}}, dict(base, b=5, z=6), dict(**base))
try:
    dict(base, **{1: 2})
except TypeError as err:
    print("TypeError:", err)
for bad in ([1, 2], [("a", 1, 2)], ["ab", "cde"], 5, [["k"]]):
    try:
        dict().update(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
print(dict(["ab", "cd"]), dict([[1, 2]]), dict(zip("xyz", range(3))))
