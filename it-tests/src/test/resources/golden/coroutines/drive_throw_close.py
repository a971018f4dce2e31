# throw() and close() on coroutines suspended deep inside an await chain.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        try:
            got = yield self.tag
        except KeyError as e:
            print(f"  {self.tag}: awaitable handled {e!r}")
            got = "recovered-in-awaitable"
        return got


async def inner():
    try:
        v = await Suspend("inner-1")
        print("  inner resumed with", v)
        v = await Suspend("inner-2")
        print("  inner resumed with", v)
        return v
    except ValueError as e:
        print("  inner caught", repr(e))
        return "inner-recovered"
    finally:
        print("  inner finally")


async def outer():
    try:
        r = await inner()
        print("  outer got", r)
        r2 = await Suspend("outer-1")
        return [r, r2]
    except IndexError as e:
        print("  outer caught", repr(e))
        return "outer-recovered"


def finish(coro, first_value=None):
    try:
        while True:
            print("  yielded", coro.send(first_value))
            first_value = None
    except StopIteration as e:
        return e.value


c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.throw(ValueError("v")))
print("result:", finish(c, "last"))

c = outer()
c.send(None)
try:
    c.throw(IndexError("i"))
except StopIteration as e:
    print("IndexError handled by outer ->", e.value)

c = outer()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
c.send(None)
print("close ->", c.close())
print("close again ->", c.close())

c = outer()
print("close before start ->", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stubborn():
    while True:
        try:
            await Suspend("stubborn")
        except GeneratorExit:
            print("  stubborn ignores GeneratorExit")
            break
    await Suspend("after ignoring")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("finish:", finish(c))
