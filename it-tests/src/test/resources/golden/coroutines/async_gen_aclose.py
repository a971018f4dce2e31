# aclose() on async generators: finally blocks that await, GeneratorExit, and ignoring it.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


def run(awaitable):
    signals = []
    try:
        while True:
            signals.append(awaitable.send(None))
    except StopIteration as e:
        return ("value", e.value, signals)
    except StopAsyncIteration:
        return ("StopAsyncIteration", signals)


async def cleanup_awaits():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup starts")
        await Pause("cleanup-1")
        await Pause("cleanup-2")
        print("  cleanup done")


g = cleanup_awaits()
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.aclose()))


async def sees_generator_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("  GeneratorExit arrived")
        raise


g = sees_generator_exit()
run(g.__anext__())
print(run(g.aclose()))


async def ignores():
    try:
        yield "a"
    except GeneratorExit:
        print("  ignoring and yielding again")
    yield "b"


g = ignores()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
print("finishing it:", run(g.__anext__()))


async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning quietly")
        return


g = returns_on_exit()
run(g.__anext__())
print(run(g.aclose()))


async def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally during aclose")


g = raises_other()
run(g.__anext__())
try:
    run(g.aclose())
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)


async def consumer():
    g = cleanup_awaits()
    async for v in g:
        print("  consumer got", v, "and stops")
        break
    await g.aclose()
    return "consumer done"


print(run(consumer()))
