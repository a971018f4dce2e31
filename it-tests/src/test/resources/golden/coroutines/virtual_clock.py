# A scheduler with a virtual clock: Sleep(n) suspends a task until the clock reaches now + n.
class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        now = yield ("sleep", self.delay)
        return now


class Now:
    def __await__(self):
        now = yield ("now", None)
        return now


class Loop:
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.log = []

    def spawn(self, coro):
        self.ready.append((coro, None))

    def _add_timer(self, when, coro):
        self.seq += 1
        entry = (when, self.seq, coro)
        i = len(self.timers)
        while i > 0 and self.timers[i - 1][:2] > entry[:2]:
            i -= 1
        self.timers.insert(i, entry)

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, coro = self.timers.pop(0)
                self.clock = when
                self.ready.append((coro, self.clock))
            coro, value = self.ready.pop(0)
            try:
                kind, arg = coro.send(value)
            except StopIteration as e:
                self.log.append((self.clock, e.value))
                continue
            if kind == "sleep":
                self._add_timer(self.clock + arg, coro)
            elif kind == "now":
                self.ready.append((coro, self.clock))


async def periodic(name, period, count):
    for i in range(count):
        t = await Sleep(period)
        print(f"t={t:3} {name} tick {i}")
    return f"{name} finished"


async def staged(name):
    start = await Now()
    print(f"t={start:3} {name} starts")
    await Sleep(7)
    mid = await Now()
    print(f"t={mid:3} {name} stage 2")
    await Sleep(0)
    await Sleep(13)
    end = await Now()
    print(f"t={end:3} {name} ends after {end - start}")
    return end - start


loop = Loop()
loop.spawn(periodic("fast", 3, 5))
loop.spawn(periodic("slow", 10, 2))
loop.spawn(staged("job"))
loop.spawn(periodic("same", 3, 2))
loop.run()
print(loop.log)
print("clock at the end:", loop.clock)
