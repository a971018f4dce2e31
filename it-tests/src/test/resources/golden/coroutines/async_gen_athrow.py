# athrow() into async generators: handled with a yield, handled with return, re-raised, and
# thrown into an async generator suspended in an await.
class Pause:
    def __await__(self):
        yield "paused"


def finish(aw):
    pauses = 0
    try:
        while True:
            aw.send(None)
            pauses += 1
    except StopIteration as e:
        return ("value", e.value, pauses)
    except StopAsyncIteration:
        return ("stop", pauses)


async def handles_with_yield():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            await Pause()
            yield f"handled {e}"


g = handles_with_yield()
print(finish(g.__anext__()))
print(finish(g.athrow(ValueError("v1"))))
print(finish(g.__anext__()))
print(finish(g.athrow(ValueError("v2"))))
try:
    finish(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError propagated:", e)
print(finish(g.__anext__()))


async def handles_with_return():
    try:
        yield 1
    except LookupError:
        print("  returning after LookupError")
        return


g = handles_with_return()
finish(g.__anext__())
print(finish(g.athrow(IndexError("i"))))


async def suspended_in_await():
    try:
        await Pause()
        yield "after pause"
    except OSError as e:
        yield f"caught {e} while awaiting"


g = suspended_in_await()
aw = g.__anext__()
print("first send:", aw.send(None))
try:
    print(aw.throw(OSError("thrown into the anext awaitable")))
except StopIteration as e:
    print("anext awaitable finished with", e.value)

g = suspended_in_await()
try:
    finish(g.athrow(OSError("before start")))
except OSError as e:
    print("before start it propagates:", e)
print(finish(g.__anext__()))
