# Resuming a coroutine or async generator from inside itself fails with ValueError/RuntimeError.
class Pause:
    def __await__(self):
        yield "pause"


async def self_resuming():
    me = yield_holder[0]
    await Pause()
    for label, action in [("send", lambda: me.send(None)), ("throw", lambda: me.throw(KeyError("k"))),
                          ("close", lambda: me.close())]:
        try:
            action()
        except ValueError as e:
            print(f"  {label}: ValueError: {e}")
    print("  cr_running seen from inside:", me.cr_running)
    return "survived"


yield_holder = [None]
c = self_resuming()
yield_holder[0] = c
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)


async def agen_self():
    await Pause()
    try:
        me_gen[0].__anext__().send(None)
    except RuntimeError as e:
        print("  agen __anext__ inside itself:", e)
    except ValueError as e:
        print("  agen __anext__ inside itself (ValueError):", e)
    yield "agen value"


me_gen = [agen_self()]
aw = me_gen[0].__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("agen yielded:", e.value)
try:
    me_gen[0].__anext__().send(None)
except StopAsyncIteration:
    print("agen finished")


async def inner_resumes_outer():
    try:
        outer_holder[0].send(None)
    except ValueError as e:
        print("  inner:", e)
    return "inner ok"


async def outer():
    return await inner_resumes_outer()


outer_holder = [outer()]
try:
    outer_holder[0].send(None)
except StopIteration as e:
    print("outer result:", e.value)
