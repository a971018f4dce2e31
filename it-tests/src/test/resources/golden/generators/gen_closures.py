# Generators closing over enclosing variables; nonlocal changes between yields are visible.
def make_counter():
    count = 0

    def gen():
        nonlocal count
        while True:
            count += 1
            yield count

    def peek():
        return count

    def reset():
        nonlocal count
        count = 0

    return gen(), peek, reset


g, peek, reset = make_counter()
print(next(g), next(g), peek())
reset()
print(peek(), next(g), next(g), peek())


def outer(step):
    def values(n):
        for i in range(n):
            yield i * step
    return values


by3 = outer(3)
by5 = outer(5)
print(list(by3(4)), list(by5(4)))

gens = [(lambda k: (k * x for x in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])

late = [(x * k for x in range(3)) for k in range(3)]
print([list(g) for g in late])


def generator_factory():
    shared = []

    def producer():
        for i in range(3):
            shared.append(f"p{i}")
            yield len(shared)

    def consumer():
        while True:
            if shared:
                yield shared.pop(0)
            else:
                yield None

    return producer(), consumer(), shared


p, c, shared = generator_factory()
for _ in range(4):
    print(next(p, "p-done"), next(c), next(c), shared)


def accumulate_in_closure():
    total = 0

    def add(values):
        nonlocal total
        for v in values:
            total += v
            yield total

    it = add([1, 2, 3])
    first = next(it)
    mid = total
    rest = list(it)
    return first, mid, rest, total


print(accumulate_in_closure())


def cell_after_yield():
    x = "before"

    def show():
        return x

    yield show()
    x = "after"
    yield show()
    del x
    try:
        yield show()
    except NameError as e:
        yield "NameError: " + str(e)


print(list(cell_after_yield()))


def recursive_closure(n):
    def go(k):
        if k:
            yield k
            yield from go(k - 1)
    return go(n)


print(list(recursive_closure(5)))
print(recursive_closure(1).__qualname__)
