# async def functions awaiting each other, driven by hand with send(None).
async def add(a, b):
    print(f"  add({a}, {b})")
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    z = await add(await add(y, y), -1)
    print("  compute has", x, y, z)
    return [x, y, z]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended unexpectedly")


c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print("result:", run(c))


async def nothing():
    pass


print("no return:", run(nothing()))


async def recursive(n):
    if n == 0:
        return "bottom"
    return f"{n}/" + await recursive(n - 1)


print(run(recursive(5)))


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print("fib(15) =", run(fib(15)))


class Calculator:
    def __init__(self, base):
        self.base = base

    async def scaled(self, v):
        return self.base * v

    @staticmethod
    async def twice(v):
        return v * 2

    @classmethod
    async def make(cls, base):
        return cls(base)


async def use_methods():
    calc = await Calculator.make(3)
    a = await calc.scaled(4)
    b = await Calculator.twice(a)
    c = await calc.twice(b)
    return a, b, c


print(run(use_methods()))
print(Calculator.scaled.__qualname__, Calculator.scaled.__code__.co_flags & 0x80 != 0)

co = recursive(2)
try:
    co.send("not None")
except TypeError as e:
    print("TypeError:", e)
print(run(co))
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
