# `yield` in lambdas and odd syntactic positions; yield as an expression value.
echo = lambda: (yield)
g = echo()
print(type(g).__name__)
next(g)
try:
    g.send("value")
except StopIteration as e:
    print("lambda generator returned", e.value)

pairs = lambda a, b: ((yield a), (yield b))
g = pairs(1, 2)
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("returned tuple", e.value)


def yield_tuple():
    x = yield 1, 2
    print("  x =", x)
    y = yield
    print("  y =", y)
    z = yield from ()
    print("  z =", z)
    yield [(yield "inner"), "outer"]


g = yield_tuple()
print(next(g))
print(g.send("sx"))
print(g.send("sy"))
print(g.send("sinner"))
print(next(g, "done"))


def yield_in_conditions():
    if (yield "cond"):
        yield "true branch"
    else:
        yield "false branch"
    while (yield "loop?"):
        yield "looping"
    yield "after loop"


for answers in ([True, None, 1, None, 0, None], [False, None, 0, None]):
    g = yield_in_conditions()
    out = [next(g)]
    for a in answers:
        try:
            out.append(g.send(a))
        except StopIteration:
            out.append("stop")
            break
    print(out)


def yield_as_argument():
    print("  result:", max((yield "a"), (yield "b")))
    print("  result:", str((yield "c")).upper())
    return "finished"


g = yield_as_argument()
print(next(g), g.send(3), g.send(9))
try:
    g.send("loud")
except StopIteration as e:
    print("returned", e.value)

gen_of_gens = (lambda: (yield from range(3)))
print(list(gen_of_gens()), gen_of_gens.__name__, gen_of_gens().__name__)
