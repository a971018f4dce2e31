# `yield from` passes values through and evaluates to the subgenerator's return value.
def inner(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return f"{name}-done({n})"


def outer():
    r1 = yield from inner("a", 2)
    print("  outer got", r1)
    r2 = yield from inner("b", 0)
    print("  outer got", r2)
    r3 = yield from inner("c", 3)
    print("  outer got", r3)
    return [r1, r2, r3]


g = outer()
while True:
    try:
        print("value", next(g))
    except StopIteration as e:
        print("outer returned", e.value)
        break


def no_return():
    yield 1


def takes_none():
    r = yield from no_return()
    print("  implicit return is", r)
    r = yield from [10, 20]
    print("  from a list:", r)
    r = yield from range(2)
    print("  from a range:", r)
    r = yield from iter("xy")
    print("  from a str iterator:", r)
    r = yield from (c.upper() for c in "pq")
    print("  from a genexp:", r)


print(list(takes_none()))


def returns_stopiteration_value():
    return StopIteration("wrapped")
    yield


def wrapper():
    v = yield from returns_stopiteration_value()
    print("  value type", type(v).__name__, v.args)
    return v


try:
    next(wrapper())
except StopIteration as e:
    print("outer value", type(e.value).__name__)


def ret_tuple():
    yield "t"
    return 1, 2


def unpack():
    a, b = yield from ret_tuple()
    yield a + b


print(list(unpack()))


def accumulate(limit):
    total = 0
    while total < limit:
        total += yield from step(total)
    return total


def step(current):
    yield f"at {current}"
    return current + 1


print(list(accumulate(20)))
g = accumulate(5)
for v in g:
    pass
print("done accumulate", v)
