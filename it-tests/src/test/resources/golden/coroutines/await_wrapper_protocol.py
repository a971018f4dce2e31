# The coroutine_wrapper from coroutine.__await__(): next/send/throw/close, and __await__ aliases
# such as `__await__ = __iter__` on hand-written classes.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value

    def __iter__(self):
        while not self.done:
            yield self
        return self.result

    __await__ = __iter__


async def waits(fut, label):
    value = await fut
    return f"{label}: {value}"


fut = Future()
c = waits(fut, "first")
w = c.__await__()
print(type(w).__name__, next(w) is fut, w.send(None) is fut)
fut.set_result(99)
try:
    w.send(None)
except StopIteration as e:
    print("wrapper finished:", e.value)

fut2 = Future()
c = waits(fut2, "second")
w = c.__await__()
next(w)
try:
    w.throw(TimeoutError("gave up"))
except TimeoutError as e:
    print("throw through wrapper:", e)
print("coroutine closed by the error:", c.cr_frame is None)

fut3 = Future()
c = waits(fut3, "third")
w = c.__await__()
next(w)
print("close through wrapper:", w.close(), c.cr_frame is None)


async def chain():
    f = Future()
    results = []
    for i in range(3):
        f.done = False
        inner = waits(f, f"round{i}")
        w = inner.__await__()
        while True:
            try:
                yielded = next(w)
            except StopIteration as e:
                results.append(e.value)
                break
            f.set_result(i * 10)
    return results


c = chain()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

print(list(Future.__iter__(type("Done", (), {"done": True, "result": "sync-value"})())))
f = Future()
f.set_result("iterated")
g = iter(f)
try:
    next(g)
except StopIteration as e:
    print("plain iteration of a finished future returns", e.value)
