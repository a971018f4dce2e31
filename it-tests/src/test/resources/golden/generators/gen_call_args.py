# Arguments are bound when the generator function is called; errors come before any body code.
def gen(a, b=2, *rest, key="k", **extra):
    print("  body starts", a, b, rest, key, extra)
    yield a
    yield b


g = gen(1)
print("created")
print(list(g))
print(list(gen(1, 3, 4, 5, key="K", other=True)))
try:
    gen()
except TypeError as e:
    print("TypeError:", e)
try:
    gen(1, key=1, key2=2, b=3, a=5)
except TypeError as e:
    print("TypeError:", e)


def pos_only(x, /, y, *, z):
    yield x, y, z


print(list(pos_only(1, y=2, z=3)))
try:
    pos_only(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2)
except TypeError as e:
    print("TypeError:", e)


def defaults_evaluated_once(acc=[]):
    acc.append(len(acc))
    yield list(acc)


print(next(defaults_evaluated_once()), next(defaults_evaluated_once()), next(defaults_evaluated_once([9])))


def argument_mutation(items):
    yield len(items)
    yield len(items)


data = [1, 2]
g = argument_mutation(data)
print(next(g))
data.append(3)
print(next(g))


def annotations(x: int, y: "str" = "s") -> "Iterator[int]":
    yield x


print(annotations.__annotations__)
print(gen.__defaults__, gen.__kwdefaults__, gen.__code__.co_argcount, gen.__code__.co_kwonlyargcount)


def recursion_into_call(n):
    if n:
        yield from recursion_into_call(n - 1)
    yield n


print(list(recursion_into_call(5)))
kw = {"key": "from-dict", "b": 20}
print(list(gen(10, **kw)))
args = (7, 8, 9)
print(list(gen(*args)))
