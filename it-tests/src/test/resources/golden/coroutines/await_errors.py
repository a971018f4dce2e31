# Errors of the await protocol, with CPython's exact messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def report(label, coro):
    try:
        print(label, "->", run(coro))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def await_value(v):
    return await v


report("int", await_value(1))
report("None", await_value(None))
report("str", await_value("text"))
report("list", await_value([1]))


class NonIterator:
    def __await__(self):
        return 42


report("__await__ returns int", await_value(NonIterator()))


class ReturnsList:
    def __await__(self):
        return [1, 2]


report("__await__ returns list", await_value(ReturnsList()))


async def helper():
    return "helper"


class ReturnsCoroutine:
    def __init__(self):
        self.coro = helper()

    def __await__(self):
        return self.coro


rc = ReturnsCoroutine()
report("__await__ returns a coroutine", await_value(rc))
rc.coro.close()


class AwaitRaises:
    def __await__(self):
        raise KeyError("in __await__")


report("__await__ raises", await_value(AwaitRaises()))


class AwaitAttr:
    __await__ = None


report("__await__ is None", await_value(AwaitAttr()))


def plain_generator():
    yield 1


report("plain generator", await_value(plain_generator()))


async def nested_error():
    async def inner():
        return await object()
    return await inner()


report("nested", nested_error())

c = helper()
print(run(c))
report("reuse", await_value(c))


async def awaits_twice():
    inner = helper()
    first = await inner
    second = await inner
    return first, second


report("await the same coroutine twice", awaits_twice())
