# The traceback goes through every generator of a `yield from` chain.
def level3(items):
    for item in items:
        yield 100 // item


def level2(items):
    print("level2 starts")
    result = yield from level3(items)
    return result


def level1(items):
    yield "header"
    yield from level2(items)
    yield "footer"


for value in level1([5, 4, 0, 2]):
    print("got", value)
