# A generator runs once: later loops see nothing; iter() returns the same object.
def three():
    print("  three() body starts")
    yield 1
    yield 2
    yield 3
    print("  three() body ends")


g = three()
print("first loop:", [x for x in g])
print("second loop:", [x for x in g])
print("sum now:", sum(g), "max default:", max(g, default="empty"))

g = three()
print(iter(g) is g, iter(iter(g)) is g)
for x in g:
    print("outer", x)
    for y in g:
        print("  inner", y)
print("both loops shared one generator")

g = three()
print(1 in g, list(g))
g = three()
print(3 in g, 3 in g)

g = three()
head = next(g)
print("head", head, "rest", list(g), "again", list(g))


class Restartable:
    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args

    def __iter__(self):
        return self.fn(*self.args)


r = Restartable(three)
print(list(r), list(r))

g = three()
z = zip(g, g)
print(list(z))

g = three()
a = list(zip(g, "ab"))
print(a, "remaining:", list(g))


def counted():
    counted.calls += 1
    yield counted.calls


counted.calls = 0
gens = [counted() for _ in range(3)]
print("no body has run yet:", counted.calls)
print([next(x) for x in reversed(gens)], counted.calls)
