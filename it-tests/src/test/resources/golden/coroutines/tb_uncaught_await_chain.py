# An uncaught error raised three awaits deep while the coroutine is driven by a loop.
class Pause:
    def __await__(self):
        yield


async def fetch(key, table):
    await Pause()
    return table[key]


async def lookup(keys, table):
    found = []
    for k in keys:
        found.append(await fetch(k, table))
        print("found", k)
    return found


async def main():
    table = {"a": 1, "b": 2}
    print(await lookup(["a", "b"], table))
    print(await lookup(["b", "zzz", "a"], table))


coro = main()
while True:
    try:
        coro.send(None)
    except StopIteration:
        break
