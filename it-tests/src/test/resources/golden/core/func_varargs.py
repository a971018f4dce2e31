# *args and **kwargs: collection, forwarding, and ordering of keyword arguments.

def collect(*args, **kwargs):
    return args, kwargs


print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, a=3), collect(*"ab", **{"x": 1}))
args, kwargs = collect(3, 1, 2, z=0, y=1, x=2)
print(type(args).__name__, type(kwargs).__name__, list(kwargs))


def forward(*args, **kwargs):
    return collect("prefix", *args, suffix=True, **kwargs)


print(forward(1, 2, k="v"))
try:
    forward(suffix=False)
except TypeError as e:
    print("TypeError:", e)


def total(first, *rest):
    result = first
    for r in rest:
        result += r
    return result


print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]))
try:
    total()
except TypeError as e:
    print("TypeError:", e)


def describe(name, **fields):
    parts = [f"{k}={v!r}" for k, v in fields.items()]
    return f"{name}({', '.join(parts)})"


print(describe("Point", x=1, y=2), describe("Empty"), describe("Odd", **{"with-dash": 1, "1st": 2}))
print(describe(**{"name": "FromDict", "a": [1]}))
try:
    describe("X", name="dup")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("X", **{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)


def wrapper(func, *args, **kwargs):
    print("   calling", func.__name__, "with", args, kwargs)
    return func(*args, **kwargs)


print(wrapper(max, 3, 9, 4), wrapper(sorted, [3, 1, 2], reverse=True), wrapper(describe, "W", k=1))
big = list(range(300))
print(total(*big), len(collect(*big)[0]))
print(collect(**dict.fromkeys(["a%d" % i for i in range(5)], 0)))
