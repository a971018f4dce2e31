# dict(), dict.fromkeys and their error messages.

print(dict(), dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"x": 1}), dict({"x": 1}, y=2))
print(dict(zip(range(3), "abc")), dict(enumerate("xy")), dict([(i, i * i) for i in range(4)]))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("abc", 0), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared, shared["x"] is shared["y"])
separate = {k: [] for k in ["x", "y"]}
separate["x"].append(1)
print(separate)


class MyDict(dict):
    pass


m = MyDict.fromkeys("ab", 1)
print(m, type(m).__name__)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("dict([1, 2])", lambda: dict([1, 2]))
attempt("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
attempt("dict([('a',)])", lambda: dict([("a",)]))
attempt("dict(['abc'])", lambda: dict(["abc"]))
attempt("dict(5)", lambda: dict(5))
attempt("dict(None)", lambda: dict(None))
attempt("dict({}, {})", lambda: dict({}, {}))
attempt("dict([([1], 2)])", lambda: dict([([1], 2)]))
attempt("dict.fromkeys([[1]])", lambda: dict.fromkeys([[1]]))
attempt("dict.fromkeys()", lambda: dict.fromkeys())
attempt("dict.fromkeys(5)", lambda: dict.fromkeys(5))
attempt("{**[1]}", lambda: {**[1]})
attempt("dict(**{'a': 1}, a=2)", lambda: dict(**{"a": 1}, a=2))
