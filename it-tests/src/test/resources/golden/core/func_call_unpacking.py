# Argument binding with unpacking: *iterables and **mappings in every position, evaluation order.

def show(a, b, c=0, *rest, d=None, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"


print(show(1, 2))
print(show(*[1, 2, 3, 4, 5]))
print(show(1, *(2,), 3, *[4], d=5))
print(show(**{"a": 1, "b": 2, "d": 3, "zz": 4}))
print(show(1, *"bc", **{"d": "D"}, e="E"))
print(show(*range(2), c=9))
print(show(*{"x": 1, "y": 2}))
print(show(1, 2, *[], **{}))
order = []


def val(tag, v):
    order.append(tag)
    return v


print(show(val("p1", 1), *val("star", [2]), c=val("kw", 3), **val("dstar", {"d": 4})), order)


class Seq:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


class Map:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


print(show(*Seq(4)), show(**Map()))
for bad in (lambda: show(*None), lambda: show(**None), lambda: show(1, 2, **{"c": 1}, c=2), lambda: show(*[1], **{"a": 2})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
args = (1, 2)
kwargs = {"d": "dee"}
print(show(*args, **kwargs), print(*args, sep="|", end=" <- printed\n"))
print(max(*[3, 8], 5), min(*"hello"), "".join([*"ab", *"cd"]))
