# An uncaught error inside an async generator consumed by async for.
class Pause:
    def __await__(self):
        yield


async def readings(raw):
    for item in raw:
        await Pause()
        yield float(item)


async def average(raw):
    total = 0.0
    count = 0
    async for value in readings(raw):
        total += value
        count += 1
        print(f"value {value}, running average {total / count:.3f}")
    return total / count


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(average(["1", "2.5", "4"])))
print(run(average(["3", "n/a"])))
