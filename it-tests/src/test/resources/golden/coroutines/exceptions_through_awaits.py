# Exceptions propagate through chains of awaits; handlers, finally, chaining and tracebacks.
import sys


class Pause:
    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def level3(x):
    await Pause()
    if x < 0:
        raise ValueError(f"negative: {x}")
    return 100 // x


async def level2(x):
    try:
        return await level3(x)
    finally:
        print(f"  level2 finally for {x}")


async def level1(x):
    try:
        return await level2(x)
    except ZeroDivisionError as e:
        print("  level1 handles", repr(e))
        return "div-by-zero"
    except ValueError as e:
        raise RuntimeError("level1 wraps") from e


for x in (4, 0, -1):
    try:
        print(x, "->", run(level1(x)))
    except RuntimeError as e:
        names = []
        tb = e.__cause__.__traceback__
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(x, "-> RuntimeError:", e, "| cause:", repr(e.__cause__), "| cause frames:", names)


async def handler_state():
    try:
        raise KeyError("outer")
    except KeyError:
        await Pause()
        print("  sys.exception() after await:", repr(sys.exception()))
        try:
            await level3(-5)
        except ValueError as e:
            print("  inner error context:", repr(e.__context__))
    print("  after handler:", repr(sys.exception()))
    return "ok"


print(run(handler_state()))


async def reraise_after_await():
    try:
        await level3(0)
    except ZeroDivisionError:
        await Pause()
        raise


try:
    run(reraise_after_await())
except ZeroDivisionError as e:
    print("re-raised:", e)


async def exception_group_free_gather(values):
    results = []
    errors = []
    for v in values:
        try:
            results.append(await level3(v))
        except Exception as e:
            errors.append(type(e).__name__)
    return results, errors


print(run(exception_group_free_gather([1, 0, 5, -2, 50])))
