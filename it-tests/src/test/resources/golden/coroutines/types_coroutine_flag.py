# types.coroutine, written as the types module does it: a generator function flagged
# CO_ITERABLE_COROUTINE can be awaited, and `yield from` a coroutine inside it is allowed.
def coroutine(func):
    co = func.__code__
    if co.co_flags & 0x180:
        return func
    if co.co_flags & 0x20:
        func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
        return func
    raise TypeError("not a generator function")

@coroutine
def sleep(n):
    got = yield ("sleep", n)
    return got

async def worker(name):
    total = 0
    for i in range(3):
        total += await sleep(i)
    return name, total

def run(coros):
    results = []
    queue = [(c, None) for c in coros]
    tick = 0
    while queue:
        c, value = queue.pop(0)
        try:
            request = c.send(value)
            tick += 1
            print("request", request)
            queue.append((c, tick))
        except StopIteration as e:
            results.append(e.value)
    return results

print(run([worker("a"), worker("b")]))
print(sleep.__code__.co_flags & 0x100 != 0, sleep.__name__)

@coroutine
def delegate():
    r = yield from worker("inner")
    return r
g = delegate()
print(type(g).__name__, next(g))
def plain():
    w = worker("x")
    try:
        yield from w
    finally:
        w.close()
try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
async def wait_plain():
    def gen():
        yield 1
    await gen()
try:
    wait_plain().send(None)
except TypeError as e:
    print("TypeError:", e)
