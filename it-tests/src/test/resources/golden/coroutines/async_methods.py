# Async methods in classes: inheritance with super(), async properties via awaitable attributes,
# async __call__, async dunder protocols together.
class Pause:
    def __await__(self):
        yield


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


class Base:
    def __init__(self, name):
        self.name = name

    async def describe(self):
        await Pause()
        return f"Base({self.name})"

    async def __call__(self, x):
        await Pause()
        return f"{self.name} called with {x}"


class Derived(Base):
    async def describe(self):
        inner = await super().describe()
        await Pause()
        return f"Derived[{inner}]"


class Lazy:
    def __init__(self):
        self._value = None

    @property
    def value(self):
        return self._load()

    async def _load(self):
        if self._value is None:
            await Pause()
            self._value = 42
        return self._value


async def main():
    d = Derived("d")
    out = [await d.describe(), await Base("b").describe(), await d(5)]
    lazy = Lazy()
    out.append(await lazy.value)
    out.append(await lazy.value)
    bound = d.describe
    out.append(await bound())
    methods = [Base("x").describe, Derived("y").describe]
    for m in methods:
        out.append(await m())
    return out


print(run(main()))
print(Derived.describe.__qualname__, "call is async:", Base.__call__.__code__.co_flags & 0x80 != 0)


class Resource:
    instances = 0

    @classmethod
    async def create(cls, *args):
        await Pause()
        cls.instances += 1
        self = cls(*args)
        await self.setup()
        return self

    def __init__(self, label):
        self.label = label
        self.ready = False

    async def setup(self):
        await Pause()
        self.ready = True


async def factory():
    rs = [await Resource.create(f"r{i}") for i in range(3)]
    return [(r.label, r.ready) for r in rs], Resource.instances


print(run(factory()))
