# async for: __aiter__ / __anext__ with StopAsyncIteration, else clauses, break and errors.
class Yield:
    def __await__(self):
        yield "tick"


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  __aiter__")
        self.i = 0
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            print("  StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def total(n):
    s = 0
    async for v in AsyncRange(n):
        print("  got", v)
        s += v
    else:
        print("  loop else runs")
    return s


print(drive(total(3)))
print(drive(total(0)))


async def with_break():
    async for v in AsyncRange(10):
        if v == 2:
            break
    else:
        print("  not printed")
    return v


print(drive(with_break()))


async def nested_loops():
    pairs = []
    async for a in AsyncRange(2):
        async for b in AsyncRange(2):
            pairs.append((a, b))
    return pairs


print(drive(nested_loops()))


class SyncIterable:
    def __iter__(self):
        return iter([1])


async def wrong(obj):
    async for x in obj:
        pass


for obj in (SyncIterable(), 5, [1, 2]):
    try:
        drive(wrong(obj))
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 7


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


for obj in (BadAiter(), AnextNotAwaitable()):
    try:
        drive(wrong(obj))
    except TypeError as e:
        print("TypeError:", e)


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from __anext__")


try:
    drive(wrong(Failing()))
except ValueError as e:
    print("ValueError:", e)


class Unpacks(AsyncRange):
    async def __anext__(self):
        v = await super().__anext__()
        return v, v * v


async def unpacking():
    out = []
    async for i, sq in Unpacks(4):
        out.append(f"{i}^2={sq}")
    return out


print(drive(unpacking()))
