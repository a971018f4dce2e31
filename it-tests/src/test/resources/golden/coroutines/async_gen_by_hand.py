# Driving async generators by hand: __anext__/asend/athrow/aclose return awaitables that must be
# sent into; their StopIteration carries the yielded value, StopAsyncIteration marks the end.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got


async def agen():
    print("  agen starts")
    received = yield "first"
    print("  agen received", received)
    try:
        received = yield "second"
        print("  agen received", received)
    except KeyError as e:
        print("  agen caught", repr(e))
        resumed = await Pause()
        print("  agen resumed after await with", resumed)
        yield "after-throw"
    finally:
        print("  agen finally")
    yield "last"


def step(awaitable, *sends):
    """Sends None and then each value into the awaitable; reports how it finished."""
    values = (None,) + sends
    for v in values:
        try:
            out = awaitable.send(v)
        except StopIteration as e:
            return f"StopIteration({e.value!r})"
        except StopAsyncIteration:
            return "StopAsyncIteration"
        else:
            print("    awaitable suspended with", repr(out))
    return "still suspended"


g = agen()
print(step(g.__anext__()))
print(step(g.asend("hello")))
print(step(g.athrow(KeyError("k")), "resume-value"))
print(step(g.asend(None)))
print(step(g.asend(None)))
print(step(g.__anext__()))

g = agen()
try:
    step(g.asend("too early"))
except TypeError as e:
    print("TypeError:", e)
print(step(g.__anext__()))
print("aclose:", step(g.aclose()))
print("after aclose:", step(g.__anext__()))

g = agen()
print("aclose before start:", step(g.aclose()))
print("then:", step(g.__anext__()))

g = agen()
print(step(g.__anext__()))
print(step(g.__anext__()))
try:
    step(g.athrow(ValueError("unhandled")))
except ValueError as e:
    print("ValueError propagated:", e)
print("then:", step(g.__anext__()))

aw = agen().__anext__()
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    aw.send(None)
except StopIteration as e:
    print("awaitable reused:", repr(e.value))
except RuntimeError as e:
    print("RuntimeError:", e)
