# Default argument values: evaluated once at definition time; the mutable default pitfall.

def append_bad(item, target=[]):
    target.append(item)
    return target


def append_good(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_bad.__defaults__)
print(append_good(1), append_good(2), append_good.__defaults__)

counter = 10


def snapshot(value=counter):
    return value


counter = 99
print(snapshot(), snapshot(5), snapshot.__defaults__)


def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))
greet.__defaults__ = ("Howdy", ".")
print(greet("Ed"))
greet.__defaults__ = None
try:
    greet("Fay")
except TypeError as e:
    print("TypeError:", e)

calls = []


def make_default(tag):
    calls.append(tag)
    return tag


def f(a=make_default("a"), b=make_default("b")):
    return a + b


print(calls, f(), f(), calls)


def cache(key, memo={}):
    memo[key] = memo.get(key, 0) + 1
    return memo


cache("x")
cache("y")
print(cache("x"), cache.__defaults__[0] is cache("z"))


def kw(a, *, b=[1]):
    b.append(a)
    return b


print(kw(1), kw(2), kw.__kwdefaults__)
