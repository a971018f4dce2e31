# **kwargs preserves the order in which keywords were passed; merging and overriding rules.

def order(**kw):
    return list(kw.items())


print(order(b=1, a=2, c=3))
print(order(**{"z": 1, "y": 2}, x=3))
print(order(x=3, **{"z": 1, "y": 2}))
print(order(**{"a": 1}, **{"b": 2}, c=3, **{"d": 4}))


def configure(name, **options):
    defaults = {"color": "red", "size": 10, "visible": True}
    merged = {**defaults, **options}
    return name, merged


print(configure("w1"))
print(configure("w2", size=20))
print(configure("w3", visible=False, color="blue", extra=[1]))


def passthrough(**kw):
    return order(**kw)


print(passthrough(q=1, p=2))
print(order(**dict(sorted({"m": 1, "k": 2, "l": 3}.items()))))
weird = {"not an identifier": 1, "class": 2, "with space": 3, "": 4}
print(order(**weird))


def named(a, b, **rest):
    return a, b, rest


print(named(b=1, a=2, c=3), named(**{"b": "B", "a": "A"}))
try:
    named(1, 2, **{"a": 3})
except TypeError as e:
    print("TypeError:", e)
kw = {"sep": " | ", "end": " $\n"}
print("x", "y", **kw)
print(*range(3), **{"sep": ""})
