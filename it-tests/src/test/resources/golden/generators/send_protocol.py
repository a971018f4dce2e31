# send(): the first send must be None; sent values become the value of the yield expression.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        print(f"  got {value!r}")
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


g = averager()
try:
    g.send(10)
except TypeError as e:
    print("TypeError:", e)
print("primed:", g.send(None))
for v in (10, 20, 5, 1.5):
    print("average now", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = averager()
print(next(g))
print(g.send(4))
print(next(g, "stopped"))


def two_way():
    received = yield "first"
    while received != "quit":
        received = yield f"echo({received})"
    yield "bye"


g = two_way()
print(next(g))
for msg in ["hi", 3, [1, 2], "quit"]:
    print(repr(msg), "->", g.send(msg))
print(next(g, "END"))


def expression_positions():
    a = (yield 1) + (yield 2)
    print("  sum of sends", a)
    b = [(yield "l1"), (yield "l2")]
    print("  list of sends", b)
    c = {"k": (yield "d")}
    print("  dict", c)
    d = f"{(yield 'f')}!"
    print("  fstring", d)
    yield (yield "nested")


g = expression_positions()
out = [next(g)]
for s in [10, 32, "x", "y", "dv", "fv", "inner", "outer"]:
    try:
        out.append(g.send(s))
    except StopIteration:
        out.append("<stop>")
print(out)

g = averager()
next(g)
g.send(1)
g.close()
try:
    g.send(2)
except StopIteration:
    print("send after close: StopIteration")


def started_check():
    yield 1


g = started_check()
try:
    g.send([])
except TypeError as e:
    print("TypeError again:", e)
print("can still start:", g.send(None))
