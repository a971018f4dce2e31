# requires: coroutines
# coro_pingpong: two coroutines pass a token back and forth through mailboxes under a
# hand-written scheduler; each hop awaits a Receive awaitable whose __await__ suspends until the
# mailbox holds a message, and each side does a little arithmetic on the token.

HOPS = 900000
PAIRS = 3


class Mailbox:
    def __init__(self):
        self.items = []


class Receive:
    def __init__(self, box):
        self.box = box

    def __await__(self):
        while not self.box.items:
            yield self.box
        return self.box.items.pop()


class Scheduler:
    def __init__(self):
        self.ready = []
        self.waiting = []
        self.switches = 0
        self.results = []

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready or self.waiting:
            if not self.ready:
                still = []
                for coro, box in self.waiting:
                    if box.items:
                        self.ready.append(coro)
                    else:
                        still.append((coro, box))
                self.waiting = still
                if not self.ready:
                    raise RuntimeError("deadlock")
            coro = self.ready.pop()
            try:
                box = coro.send(None)
            except StopIteration as e:
                self.results.append(e.value)
                continue
            self.switches += 1
            self.waiting.append((coro, box))


async def player(name, inbox, outbox, hops, salt):
    received = 0
    acc = 0
    while True:
        token = await Receive(inbox)
        if token < 0:
            outbox.items.append(token)
            return (name, received, acc)
        received += 1
        acc = (acc * 131 + token + salt) % 1000000007
        if token >= hops:
            outbox.items.append(-1)
            return (name, received, acc)
        outbox.items.append(token + 1)


def main():
    total = 0
    for p in range(PAIRS):
        sched = Scheduler()
        a = Mailbox()
        b = Mailbox()
        sched.spawn(player("ping", a, b, HOPS, 3 + p))
        sched.spawn(player("pong", b, a, HOPS, 7 + p))
        a.items.append(1)
        sched.run()
        results = sorted(sched.results)
        print("pair", p, "switches", sched.switches, results)
        for name, count, acc in results:
            total = (total + count * 1000 + acc) % 1000000007
    print("checksum:", total)


main()
