# Async generators: `yield` inside `async def`, consumed with async for, with awaits between items.
class Yield:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def ticker(n):
    for i in range(n):
        await Yield(f"before {i}")
        yield i * 10
    print("  ticker exhausted")


def drive(coro):
    signals = []
    try:
        while True:
            signals.append(coro.send(None))
    except StopIteration as e:
        return e.value, signals


async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out


print(drive(consume()))

agen = ticker(2)
print(type(agen).__name__, agen.__name__, agen.__qualname__)
print(agen.ag_running, agen.ag_frame is not None, agen.ag_await)
print(agen.__aiter__() is agen, hasattr(agen, "asend"), hasattr(agen, "__next__"))


async def pairs():
    async for a in ticker(2):
        async for b in ticker(2):
            yield a + b


async def consume_pairs():
    return [x async for x in pairs()]


print(drive(consume_pairs())[0])


async def no_await():
    yield "a"
    yield "b"


async def collect(agen):
    out = []
    async for v in agen:
        out.append(v)
    return out


print(drive(collect(no_await())))


async def with_return_none():
    yield 1
    return


print(drive(collect(with_return_none())))


async def filtered(source, pred):
    async for v in source:
        if pred(v):
            yield v


async def mapped(source, fn):
    async for v in source:
        await Yield("map")
        yield fn(v)


print(drive(collect(mapped(filtered(ticker(6), lambda v: v % 20 == 0), lambda v: -v))))


class Holder:
    async def items(self):
        for c in "xyz":
            yield c


print(drive(collect(Holder().items())))
print(Holder.items.__qualname__, Holder().items().__qualname__)
