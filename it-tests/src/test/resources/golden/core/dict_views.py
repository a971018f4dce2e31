# keys(), values() and items() are live views with set-like operations on keys and items.

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), "b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
print(k & {"b", "x"}, k | {"z"} == {"b", "c", "d", "z"}, sorted(k - {"c"}), sorted(k ^ {"b", "q"}))
print(it & {("b", 2), ("c", 0)}, sorted(it - {("b", 2)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping is not None, dict(k.mapping) == d, type(k).__name__, type(v).__name__, type(it).__name__)
print(v == d.values(), v == v)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
try:
    {"unhashable": [1]}.items() & {("x", 1)}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"x": 1}.items() | {("y", 2)}))
it_view = iter(d.items())
print(next(it_view), next(it_view))
for key, value in d.items():
    print(key, "->", value)
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
