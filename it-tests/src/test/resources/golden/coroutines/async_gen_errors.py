# Async generator error cases: StopAsyncIteration/StopIteration inside, concurrent use, bad calls.
def run(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


g = raises_stop_async()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop_iteration():
    yield 1
    raise StopIteration("inside")


g = raises_stop_iteration()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Pause:
    def __await__(self):
        yield


async def slow():
    await Pause()
    yield "slow value"


g = slow()
first = g.__anext__()
first.send(None)
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finally gives", e.value)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

g = slow()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
try:
    run(g.athrow(5))
except TypeError as e:
    print("TypeError:", e)
try:
    g.asend()
except TypeError as e:
    print("TypeError:", e)

