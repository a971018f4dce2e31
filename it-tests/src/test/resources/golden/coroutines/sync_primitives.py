# Event, Lock and Semaphore built from awaitables, exercised by several tasks.
class WaitFor:
    def __init__(self, pred, label):
        self.pred = pred
        self.label = label

    def __await__(self):
        while not self.pred():
            yield self.label


class Event:
    def __init__(self):
        self.flag = False

    def set(self):
        self.flag = True

    async def wait(self):
        await WaitFor(lambda: self.flag, "event")


class Lock:
    def __init__(self):
        self.owner = None

    async def acquire(self, who):
        await WaitFor(lambda: self.owner is None, "lock")
        self.owner = who

    def release(self):
        self.owner = None

    def holding(self, who):
        return LockContext(self, who)


class LockContext:
    def __init__(self, lock, who):
        self.lock = lock
        self.who = who

    async def __aenter__(self):
        await self.lock.acquire(self.who)
        return self.lock

    async def __aexit__(self, *exc):
        self.lock.release()
        return False


class Semaphore:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        await WaitFor(lambda: self.n > 0, "sem")
        self.n -= 1

    async def __aexit__(self, *exc):
        self.n += 1


class Yield:
    def __await__(self):
        yield "yield"


log = []
start = Event()
lock = Lock()
sem = Semaphore(2)


async def worker(name, hold):
    await start.wait()
    log.append(f"{name} started")
    async with lock.holding(name):
        log.append(f"{name} has lock")
        for _ in range(hold):
            await Yield()
        log.append(f"{name} releases lock")
    async with sem:
        log.append(f"{name} in semaphore (left {sem.n})")
        await Yield()
        await Yield()
    log.append(f"{name} done")
    return name


async def starter():
    for _ in range(3):
        await Yield()
    log.append("starter sets event")
    start.set()


tasks = [worker("w1", 2), worker("w2", 0), starter(), worker("w3", 1)]
waits = {}
finished = []
while tasks:
    for t in list(tasks):
        try:
            label = t.send(None)
            waits[label] = waits.get(label, 0) + 1
        except StopIteration as e:
            finished.append(e.value)
            tasks.remove(t)
for line in log:
    print(line)
print("finished:", finished)
print("waits:", sorted(waits.items()))
