# StopIteration raised inside a coroutine becomes RuntimeError("coroutine raised StopIteration").
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def raises_stop():
    raise StopIteration("leak")


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def leaks_from_next():
    it = iter([])
    return next(it)


try:
    run(leaks_from_next())
except RuntimeError as e:
    print("RuntimeError:", e)


async def handled():
    try:
        next(iter([]))
    except StopIteration:
        return "handled inside"


print(run(handled()))


async def returns_stop_instance():
    return StopIteration("as a value")


print(repr(run(returns_stop_instance())))


async def awaited_leak():
    return await raises_stop()


try:
    run(awaited_leak())
except RuntimeError as e:
    print("through await:", e)


class Bad:
    def __await__(self):
        raise StopIteration("from __await__ itself")


async def awaits_bad():
    return await Bad()


try:
    print("value:", run(awaits_bad()))
except RuntimeError as e:
    print("RuntimeError:", e)


class ReturnsValue:
    def __await__(self):
        return iter([])


async def awaits_empty():
    return await ReturnsValue()


print("empty __await__ iterator gives", run(awaits_empty()))
