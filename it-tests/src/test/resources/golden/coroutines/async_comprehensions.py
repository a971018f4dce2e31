# Async comprehensions: async for in list/set/dict comprehensions, await inside comprehensions,
# and async generator expressions.
class Pause:
    def __await__(self):
        yield "pause"


async def agen(n):
    for i in range(n):
        await Pause()
        yield i


async def double(x):
    await Pause()
    return x * 2


def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as e:
        return e.value, pauses


async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: x * x async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in agen(3) if x != 1]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    g = [y for x in range(2) async for y in agen(x + 1)]
    return a, sorted(b), c, d, e, f, g


print(run(main()))


async def genexp_demo():
    ge = (x * 10 async for x in agen(3))
    print("  type:", type(ge).__name__)
    out = []
    async for v in ge:
        out.append(v)
    ge2 = (await double(x) for x in range(3))
    print("  type with await:", type(ge2).__name__)
    out.append([v async for v in ge2])
    return out


print(run(genexp_demo()))


async def nested():
    return [[y async for y in agen(x)] async for x in agen(4)]


print(run(nested()))


async def with_filter_and_await():
    return {k: await double(k) async for k in agen(6) if k % 3 == 0}


print(run(with_filter_and_await()))


async def error_inside():
    try:
        return [10 // x async for x in agen(3)]
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


print(run(error_inside()))
