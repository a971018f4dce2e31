# Dicts keep insertion order; updating a key keeps its position; deleting and re-adding moves it.

d = {}
for key in ("zebra", "apple", "mango", "banana"):
    d[key] = len(key)
print(d, list(d))
d["apple"] = 100
print(d)
del d["zebra"]
d["zebra"] = 0
print(d)
d.pop("mango")
d["mango"] = 5
print(d)
print(d.popitem(), d.popitem(), d)
d.update({"apple": -1, "kiwi": 4})
print(d)
d.setdefault("apple", 999)
d.setdefault("fig", 3)
print(d)
print(list(reversed(d)), list(reversed(d.items())))
e = {"b": 1, "a": 2}
f = {"a": 2, "b": 1}
print(e == f, list(e) == list(f), list(e), list(f))
g = dict.fromkeys("hello")
print(g, list(g))
h = {1: "one", True: "true?", 1.0: "float one", 2: "two"}
print(h)
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}}
print(merged)
ordered = {k: v for k, v in sorted({"c": 3, "a": 1, "b": 2}.items())}
print(ordered, {k: v for k, v in sorted(ordered.items(), key=lambda kv: -kv[1])})
