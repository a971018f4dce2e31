# A chain of 200 generators delegating with `yield from`: values, sends, throws and returns pass
# through every level.
import sys

DEPTH = 200
print("recursion limit", sys.getrecursionlimit())


def node(level):
    if level == 0:
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            if x == "boom":
                raise ValueError("boom at the bottom")
            total += x
    result = yield from node(level - 1)
    return result + 1


g = node(DEPTH)
print("first:", next(g))
for v in [1, 2, 3, 4]:
    print("send", v, "->", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned through", DEPTH, "levels:", e.value)


def counter_chain(level):
    if level == 0:
        yield from range(5)
    else:
        yield from counter_chain(level - 1)


print(list(counter_chain(DEPTH)))


def catching(level):
    if level == 0:
        try:
            yield "waiting"
        except KeyError as e:
            yield f"bottom caught {e}"
        return "bottom done"
    try:
        return (yield from catching(level - 1))
    finally:
        if level % 50 == 0:
            print(f"  finally at level {level}")


g = catching(DEPTH)
print(next(g))
print(g.throw(KeyError("deep")))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

g = node(DEPTH)
next(g)
g.send(5)
try:
    g.send("boom")
except ValueError as e:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("ValueError:", e, "traceback entries:", depth)

g = catching(DEPTH)
next(g)
g.close()
print("closed the whole chain")


def mixed(level):
    if level == 0:
        yield "leaf"
        return
    if level % 25 == 0:
        yield level
    if level % 2:
        yield from mixed(level - 1)
    else:
        for item in mixed(level - 1):
            yield item


print(list(mixed(150)))
