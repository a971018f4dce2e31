# Coroutine objects: cr_running, cr_frame, cr_await, cr_suspended, cr_code, names, protocols.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def inner():
    await Pause("inner")
    return "inner done"


async def probe():
    print("  inside: cr_running =", holder[0].cr_running, "cr_suspended =", holder[0].cr_suspended)
    r = await inner()
    await Pause("outer")
    return r


holder = [None]
c = probe()
holder[0] = c
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_code is probe.__code__)
print("before start:", c.cr_running, c.cr_suspended, c.cr_frame is not None, c.cr_await)
print("origin:", c.cr_origin)
print("yield:", c.send(None))
print("awaiting:", type(c.cr_await).__name__, c.cr_await.__name__, "suspended:", c.cr_suspended)
print("frame line:", c.cr_frame.f_lineno, "locals:", sorted(c.cr_frame.f_locals))
print("yield:", c.send(None))
print("awaiting now:", type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
print("after:", c.cr_running, c.cr_suspended, c.cr_frame, c.cr_await)

c = inner()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print("via wrapper:", next(w))
try:
    next(w)
except StopIteration as e:
    print("wrapper StopIteration:", e.value)
print("coroutine finished too:", c.cr_frame is None)

c = inner()
c.__name__ = "renamed"
print(c.__name__, c.__qualname__)
c.close()
print(sorted(n for n in ("send", "throw", "close", "__await__", "cr_await", "cr_frame", "__next__", "__iter__")
             if hasattr(c, n)))
print(bool(c), callable(c), c == c, len({c, c}))
print(probe.__code__.co_flags & 0x80 != 0, inner.__code__.co_flags & 0x20 != 0)
