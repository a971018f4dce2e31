# await in many expression positions; evaluation order stays left to right.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        log.append(f"await {self.v!r}")
        yield
        return self.v


log = []


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def positions():
    a = await Value(1) + await Value(2) * await Value(3)
    b = [await Value("l1"), await Value("l2")]
    c = {await Value("k"): await Value("v")}
    d = f"<{await Value('f')}>"
    e = (await Value([10, 20, 30]))[await Value(1)]
    f = await Value(0) or await Value("or-taken")
    g = await Value(5) if await Value(True) else await Value(6)
    h = max(await Value(4), await Value(9), key=lambda x: -x)
    i = not await Value(False)
    j = -await Value(7)
    if (k := await Value("walrus")):
        pass
    m = await Value(await Value("nested"))
    n = [await Value(x) for x in range(2)]
    return a, b, c, d, e, f, g, h, i, j, k, m, n


print(run(positions()))
for line in log:
    print(" ", line)


async def attribute_and_call():
    class Obj:
        def __repr__(self):
            return "Obj()"

        def method(self, x):
            return x * 2
    o = await Value(Obj())
    return (await Value(o)).method(await Value(21))


log.clear()
print(run(attribute_and_call()), log)


async def in_lambda_default():
    fn = lambda x=await Value("default"): x
    return fn()


log.clear()
print(run(in_lambda_default()), log)
