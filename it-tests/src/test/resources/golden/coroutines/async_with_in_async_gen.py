# async with and try/finally inside async generators, closed normally, early, and by errors.
class Pause:
    def __await__(self):
        yield


class Session:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Pause()
        Session.opened.append(self.name)
        print(f"  open {self.name} {Session.opened}")
        return self

    async def __aexit__(self, typ, val, tb):
        await Pause()
        Session.opened.remove(self.name)
        print(f"  close {self.name} ({typ.__name__ if typ else 'ok'}) {Session.opened}")
        return False


async def rows(name, n):
    async with Session(name):
        for i in range(n):
            await Pause()
            yield f"{name}-row{i}"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def read_all():
    return [r async for r in rows("all", 3)]


print(run(read_all()))


async def read_first(n):
    g = rows("early", 10)
    out = []
    async for r in g:
        out.append(r)
        if len(out) == n:
            break
    await g.aclose()
    return out


print(run(read_first(2)))


async def joined():
    out = []
    async with Session("outer"):
        async for a in rows("left", 2):
            async for b in rows("right", 2):
                out.append(a[-1] + b[-1])
    return out


print(run(joined()))


async def failing_consumer():
    g = rows("failing", 5)
    try:
        async for r in g:
            if r.endswith("1"):
                raise ValueError(f"bad {r}")
    except ValueError as e:
        print("  consumer caught", e)
        await g.aclose()
    return Session.opened


print(run(failing_consumer()))


async def thrown_into():
    g = rows("thrown", 5)
    await g.__anext__()
    try:
        await g.athrow(KeyError("stop now"))
    except KeyError as e:
        print("  athrow propagated", e)
    return Session.opened


print(run(thrown_into()))
