# Dict equality ignores order, compares values with ==, and treats equal numbers as the same key.

print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {1: "x"} == {1.0: "x"} == {True: "x"})
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": {"b": {}}} == {"a": {"b": {}}}, {} == {}, {} == [], {} != set())
print({"a": 1} == {"a": 1, "b": 2}, {"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() == {"a"})
nan = float("nan")
d1 = {"n": nan}
print(d1 == d1, d1 == {"n": nan}, d1 == {"n": float("nan")})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print("TypeError:", e)


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"   Loose({self.v}) == {other!r}")
        return True

    def __repr__(self):
        return f"Loose({self.v})"


print({"k": Loose(1)} == {"k": 2})
print({"k": 2} == {"k": Loose(3)})
print({"k": Loose(4)} == {"j": 2})
print(dict(a=1) == {"a": 1}, dict([("a", 1)]) == dict(a=1), dict.fromkeys("ab", 0) == {"a": 0, "b": 0})


class OrderedDictLike(dict):
    pass


print(OrderedDictLike(a=1) == {"a": 1}, type(OrderedDictLike(a=1) | {"b": 2}).__name__)
