# async with: __aenter__/__aexit__ are awaited; exceptions reach __aexit__, which may suppress them.
class Yield:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(f"  {self.name}: aenter")
        await Yield(f"{self.name}-entering")
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print(f"  {self.name}: aexit {typ.__name__ if typ else None} {val!r}")
        await Yield(f"{self.name}-exiting")
        return self.suppress


def drive(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value


async def simple():
    async with Resource("db") as handle:
        print("  inside with", handle)
        await Yield("body")
    return "simple done"


print(drive(simple()))


async def nested():
    async with Resource("a") as a, Resource("b") as b:
        print("  inside", a, b)
        async with Resource("c", suppress=True):
            raise ValueError("suppressed by c")
        print("  after c")
        raise KeyError("escapes")
    return "unreachable"


try:
    drive(nested())
except KeyError as e:
    print("KeyError escaped:", e)


async def returns_inside():
    async with Resource("r"):
        return "returned from inside"


print(drive(returns_inside()))


async def loop_control():
    out = []
    for i in range(4):
        async with Resource(f"loop{i}", suppress=True):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(drive(loop_control()))


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def wrong_protocol():
    async with SyncOnly():
        pass


try:
    drive(wrong_protocol())
except TypeError as e:
    print("TypeError:", e)


class HalfAsync:
    async def __aenter__(self):
        return self


async def missing_aexit():
    async with HalfAsync():
        pass


try:
    drive(missing_aexit())
except TypeError as e:
    print("TypeError:", e)


class NotAwaitableEnter:
    def __aenter__(self):
        return 42

    async def __aexit__(self, *a):
        return False


async def bad_enter():
    async with NotAwaitableEnter():
        pass


try:
    drive(bad_enter())
except TypeError as e:
    print("TypeError:", e)


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        raise RuntimeError(f"exit failed while handling {typ.__name__ if typ else None}")


async def failing_exit():
    async with FailingExit():
        raise IndexError("body error")


try:
    drive(failing_exit())
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
