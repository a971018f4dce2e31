# Mapping pattern details: value-pattern keys, numeric key equality, extra keys, rest after
# non-str keys, and subclasses whose get() is consulted.
class K:
    ID = "id"
    ONE = 1


def m(d):
    match d:
        case {K.ID: int(i), K.ONE: one}:
            return f"id={i} one={one!r}"
        case {1.0: v}:
            return f"float key found value {v!r}"
        case {True: v}:
            return f"True key {v!r}"
        case {-1: v, None: n, **rest}:
            return f"-1 key {v!r}, None key {n!r}, rest={rest}"
        case {"a": {"b": {"c": deep}}}:
            return f"deep {deep!r}"
        case {**everything} if len(everything) > 3:
            return f"big mapping with {len(everything)} keys"
        case {}:
            return "some other mapping"
    return "not a mapping"


cases = [
    {"id": 5, 1: "uno"},
    {"id": 5, 1.0: "float key one"},
    {1: "int one"},
    {True: "bool"},
    {-1: "t", "x": 0, None: 1, (1, 2): "tuple"},
    {"a": {"b": {"c": [1]}}},
    {"a": {"b": 1}},
    dict.fromkeys("wxyz"),
    {"id": "5", 1: 1},
    [],
]
for c in cases:
    print(f"{c!r:40} -> {m(c)}")


class CountingDict(dict):
    calls = 0

    def get(self, *args):
        CountingDict.calls += 1
        return super().get(*args)


match CountingDict(a=1, b=2, c=3):
    case {"a": 1, "b": 3}:
        print("no")
    case {"z": _}:
        print("no")
    case {"a": _, "b": _, "c": c}:
        print("matched c =", c)
print("get() calls:", CountingDict.calls)


def none_values(d):
    match d:
        case {"k": None}:
            return "k maps to None"
        case {"k": _}:
            return "k present"
        case _:
            return "k missing"


print(none_values({"k": None}), none_values({"k": 0}), none_values({}), none_values({"K": None}))
