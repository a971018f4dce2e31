# `yield` inside a comprehension is rejected at compile time, even inside a generator function.
def fine():
    yield [x for x in range(3)]


def also_fine():
    data = yield
    return {k: v for k, v in data}


def broken(items):
    total = 0
    for item in items:
        total += item
    return {item: (yield item) for item in items}


print("never printed")
