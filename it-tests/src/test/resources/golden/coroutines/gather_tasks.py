# A hand-written gather(): run child coroutines concurrently, collect results in order, and
# report the first failure after cancelling the others with a custom Cancelled exception.
class Cancelled(Exception):
    pass


class Pause:
    def __init__(self, n=1):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield "pause"


class Gather:
    def __init__(self, *coros):
        self.coros = list(coros)

    def __await__(self):
        results = [None] * len(self.coros)
        pending = list(range(len(self.coros)))
        while pending:
            for i in list(pending):
                try:
                    self.coros[i].send(None)
                except StopIteration as e:
                    results[i] = e.value
                    pending.remove(i)
                except Exception as e:
                    pending.remove(i)
                    for j in pending:
                        try:
                            self.coros[j].throw(Cancelled(f"sibling {i} failed"))
                        except Cancelled:
                            print(f"    child {j} cancelled")
                        except StopIteration as stop:
                            print(f"    child {j} finished while cancelled: {stop.value!r}")
                    raise
            if pending:
                yield "gather-waiting"
        return results


async def work(name, steps, value):
    try:
        await Pause(steps)
        print(f"  {name} done after {steps}")
        return value
    except Cancelled as e:
        print(f"  {name} got {e}")
        raise


async def broken(steps):
    await Pause(steps)
    raise OSError(f"broken after {steps}")


async def polite(steps):
    try:
        await Pause(steps)
    except Cancelled:
        print("  polite swallows the cancellation")
        return "polite result"


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


async def main_ok():
    return await Gather(work("a", 3, "A"), work("b", 1, "B"), work("c", 2, "C"))


async def main_fail():
    try:
        return await Gather(work("x", 5, 1), broken(2), polite(9), work("y", 1, 2))
    except OSError as e:
        return f"main caught {e}"


async def sub_gather():
    return await Gather(work("n1", 1, 1), work("n2", 2, 2))


async def nested():
    return await Gather(sub_gather(), work("n3", 3, 3))


print(run(main_ok()))
print(run(main_fail()))
print(run(nested()))
