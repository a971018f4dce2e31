# The aiter() and anext() builtins, with and without anext's default.
class Pause:
    def __await__(self):
        yield


async def letters():
    for c in "ab":
        await Pause()
        yield c


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    g = letters()
    it = aiter(g)
    print("  aiter returns the same object:", it is g)
    print("  anext:", await anext(it))
    print("  anext:", await anext(it))
    print("  anext with default:", await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  anext without default: StopAsyncIteration")
    print("  default again:", await anext(it, None))
    return "main done"


print(run(main()))


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def with_class():
    c = Counter(2)
    return [await anext(c), await anext(c), await anext(c, "done")]


print(run(with_class()))


async def errors():
    for obj in (1, [1], "s"):
        try:
            aiter(obj)
        except TypeError as e:
            print("  aiter TypeError:", e)
    for obj in (1, [1]):
        try:
            anext(obj)
        except TypeError as e:
            print("  anext TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("  anext():", e)
    return "errors done"


print(run(errors()))
