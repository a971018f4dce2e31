def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

d = dict.fromkeys("abc")
print(d, dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(""))
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(5))
check(lambda: dict.fromkeys([[1]]))
class D(dict):
    pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1))
e = {"x": 1, "y": 2}
print(e.get("x"), e.get("z"), e.get("z", 0), e.setdefault("x", 9), e.setdefault("w"), e.setdefault("v", []), e)
check(lambda: e.get())
check(lambda: e.get([]))
check(lambda: e.setdefault([], 1))
print(e.pop("w"), e.pop("nope", "dflt"), e)
check(lambda: e.pop("nope"))
check(lambda: e.pop((1, 2)))
check(lambda: e.pop())
print(e.popitem(), e.popitem(), e)
check(lambda: e.popitem())
check(lambda: {}.popitem())
f = {1: "a"}
f.update({2: "b"}, three=3)
f.update([(4, "d"), [5, "e"]])
f.update(k="v")
f.update()
print(f)
check(lambda: f.update(5))
check(lambda: f.update([1]))
check(lambda: f.update([(1, 2, 3)]))
check(lambda: f.update({}, {}))
check(lambda: f.update(["ab", "cd", "e"]))
print(f.copy() == f, f.copy() is f, len(f.copy()))
f.clear()
print(f, len(f))
print(dict(a=1, b=2), dict([(1, 2)], x=3), dict({1: 2}), dict(zip("ab", "cd")), dict())
check(lambda: dict(1, 2))
check(lambda: dict([1]))
check(lambda: dict([(1,)]))
g = {"a": 1, "b": 2}
h = {"b": 3, "c": 4}
print(g | h, h | g, g)
g |= h
print(g)
g |= [("z", 0)]
print(g)
check(lambda: {} | [])
check(lambda: {} | {1}.__class__)
def ior():
    x = {}
    x |= 5
    return x
check(ior)
check(lambda: {1: 2} < {1: 2})
check(lambda: {1: 2} <= {})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2} == [(1, 2)], {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2})
check(lambda: {[]: 1})
check(lambda: {}[[]])
check(lambda: {1: 2}["x"])
check(lambda: {1: 2}[(1, 2)])
check(lambda: hash({}))
i = {1: 1, 2: 2, 3: 3}
del i[2]
print(i, 2 in i, 3 in i, len(i), list(i), i.__contains__(1))
check(lambda: i.__delitem__(9))
i[2] = "back"
print(i, list(i.keys()), list(i.values()), list(i.items()))
print(sorted([k for k in dir({}) if not k.startswith("_")]))
