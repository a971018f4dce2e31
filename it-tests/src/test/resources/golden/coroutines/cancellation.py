# Cancelling coroutines by throwing a custom exception; cleanup in finally and async with.
class Cancelled(BaseException):
    pass


class Tick:
    def __await__(self):
        yield "tick"


class Guard:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"  {self.name}: acquired")

    async def __aexit__(self, typ, val, tb):
        print(f"  {self.name}: released ({typ.__name__ if typ else 'normally'})")
        await Tick()
        return False


async def long_job(name, steps):
    done = 0
    try:
        async with Guard(name):
            for _ in range(steps):
                await Tick()
                done += 1
        return f"{name} completed {done}"
    finally:
        print(f"  {name}: finally after {done} steps")


def run_with_timeout(coro, budget):
    used = 0
    try:
        while True:
            coro.send(None)
            used += 1
            if used >= budget:
                print(f"  budget of {budget} exhausted, cancelling")
                try:
                    for attempt in range(3):
                        coro.throw(Cancelled())
                        print(f"  still running after cancellation {attempt + 1}")
                    while True:
                        coro.send(None)
                except Cancelled:
                    return "cancelled"
                except StopIteration as e:
                    return f"finished after cancelling: {e.value}"
    except StopIteration as e:
        return e.value


print(run_with_timeout(long_job("quick", 2), 10))
print(run_with_timeout(long_job("slow", 50), 5))


async def shielded():
    attempts = 0
    while True:
        try:
            await Tick()
            attempts += 1
            if attempts > 5:
                return "shielded finished"
        except Cancelled:
            print("  shielded ignores a cancellation")


print(run_with_timeout(shielded(), 2))


async def cancels_child():
    child = long_job("child", 100)
    child.send(None)
    child.send(None)
    try:
        print("  child yields during its cleanup:", child.throw(Cancelled()))
        child.send(None)
    except Cancelled:
        print("  parent saw the child cancelled")
    await Tick()
    return "parent continues"


print(run_with_timeout(cancels_child(), 10))
