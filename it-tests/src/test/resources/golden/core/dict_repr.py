# repr/str of dicts with assorted keys and values, empty dicts, and recursion.

print({}, dict(), {1: 2}, {"k": "v"}, {None: None}, {(1, 2): [3]}, {1.5: {2: {}}}, {True: b"x", 3j: range(2)})
print({"quote'": 'dq"', "tab": "\t", "é": "ü", "😀": "x"})
print(str({"a": 1}) == repr({"a": 1}), f"{ {'a': 1} }", "{}".format({"b": 2}), "%s" % {"c": 3})
d = {"self": None, "other": 1}
d["self"] = d
print(d)
outer = {"inner": {}}
outer["inner"]["outer"] = outer
print(outer)
lst = [{}]
lst[0]["lst"] = lst
print(lst)
print({"k": d.keys()}, {"n": float("nan"), "i": float("-inf")})


class R:
    def __repr__(self):
        return "R!"


print({R(): R()}, {1: [R(), (R(),)]})
print(repr({"a": 1}.keys()), repr({"a": 1}.items()), repr({}.values()))
