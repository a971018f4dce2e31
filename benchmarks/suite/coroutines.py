# requires: coroutines
# coroutines: async def coroutines driven by a tiny hand-written scheduler
# through send() — a ping-pong pair exchanging messages over channels, a ring
# of coroutines passing a token, and coroutines awaiting other coroutines.
# The awaitables are plain objects whose __await__ hands a request to the
# scheduler and returns its reply (the same protocol asyncio's futures use).

MESSAGES = 480000
RING = 50
LAPS = 4800


class Request:
    def __init__(self, kind, channel, value=None):
        self.kind = kind
        self.channel = channel
        self.value = value

    def __await__(self):
        reply = yield self
        return reply


def send(channel, value):
    return Request("send", channel, value)


def receive(channel):
    return Request("recv", channel)


def pause():
    return Request("pause", None)


class Channel:
    def __init__(self):
        self.buffer = []
        self.waiting = []


class Scheduler:
    def __init__(self):
        self.ready = []
        self.head = 0
        self.results = []
        self.switches = 0

    def spawn(self, coro):
        self.ready.append((coro, None))

    def run(self):
        while self.head < len(self.ready):
            coro, value = self.ready[self.head]
            self.head += 1
            if self.head > 1000:
                # Drop the consumed prefix now and then, like a deque would.
                del self.ready[:self.head]
                self.head = 0
            self.switches += 1
            try:
                request = coro.send(value)
            except StopIteration as done:
                self.results.append(done.value)
                continue
            self.handle(coro, request)

    def handle(self, coro, request):
        channel = request.channel
        if request.kind == "send":
            if channel.waiting:
                self.ready.append((channel.waiting.pop(0), request.value))
            else:
                channel.buffer.append(request.value)
            self.ready.append((coro, None))
        elif request.kind == "recv":
            if channel.buffer:
                self.ready.append((coro, channel.buffer.pop(0)))
            else:
                channel.waiting.append(coro)
        else:
            self.ready.append((coro, None))


async def ping(out, back, count):
    total = 0
    for i in range(count):
        await send(out, i)
        total += await receive(back)
    await send(out, -1)
    return ("ping", total)


async def pong(inbox, back):
    handled = 0
    while True:
        value = await receive(inbox)
        if value < 0:
            return ("pong", handled)
        handled += 1
        await send(back, value * 2 + 1)


async def relay(inbox, outbox, laps, ident):
    passes = 0
    while True:
        token = await receive(inbox)
        if token >= laps * RING:
            await send(outbox, token)
            return ("relay", ident, passes)
        passes += 1
        await send(outbox, token + 1)


async def square_later(v):
    await pause()
    return v * v


async def summer(count):
    total = 0
    for i in range(count):
        total += await square_later(i % 100)
    return ("summer", total)


def run_all():
    sched = Scheduler()
    a = Channel()
    b = Channel()
    sched.spawn(ping(a, b, MESSAGES))
    sched.spawn(pong(a, b))
    ring = [Channel() for _ in range(RING)]
    for i in range(RING):
        sched.spawn(relay(ring[i], ring[(i + 1) % RING], LAPS, i))
    ring[0].buffer.append(0)
    sched.spawn(summer(MESSAGES))
    sched.run()
    return sched


def main():
    sched = run_all()
    relays = [r for r in sched.results if r[0] == "relay"]
    others = [r for r in sched.results if r[0] != "relay"]
    print("switches:", sched.switches)
    print("results:", sorted(others))
    print("relays finished:", len(relays), "passes:", sum([r[2] for r in relays]))


main()
