# Plain generators: lazy bodies, next(), StopIteration at the end, list() and for loops.
def counter(n):
    print("counter starts", n)
    i = 0
    while i < n:
        print("  about to yield", i)
        yield i
        print("  resumed after", i)
        i += 1
    print("counter done")


g = counter(3)
print("created, nothing ran yet")
print("next ->", next(g))
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.args)
print("default:", next(g, "fallback"))

print(list(counter(2)))
for v in counter(2):
    print("for got", v)


def empty():
    return
    yield


print("empty:", list(empty()))


def only_return():
    if False:
        yield 1
    return "value"


try:
    next(only_return())
except StopIteration as e:
    print("return value in StopIteration:", repr(e.value), e.args)


def yields_none():
    yield
    yield None
    x = yield
    print("x was", x)


print(list(yields_none()))
gen = yields_none()
print(next(gen), next(gen), next(gen))
try:
    gen.send("sent")
except StopIteration:
    print("finished after send")


def multi(*args, sep="-"):
    for a in args:
        yield str(a) + sep


print("".join(multi(1, 2, 3)))
print("".join(multi("a", "b", sep="+")))
print(sum(counter(0)), sum(x * x for x in range(5)))
print(type(counter(1)).__name__, type(counter).__name__)
