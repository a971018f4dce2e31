# Two coroutines passing a token back and forth through channels, under a tiny scheduler.
class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.waiters = []

    def put(self, item):
        self.items.append(item)

    def get(self):
        return Get(self)


class Get:
    def __init__(self, channel):
        self.channel = channel

    def __await__(self):
        while not self.channel.items:
            yield self.channel
        return self.channel.items.pop(0)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.switches = 0

    def spawn(self, name, coro):
        self.tasks.append([name, coro, None])

    def run(self):
        while self.tasks:
            for task in list(self.tasks):
                name, coro, waiting_on = task
                if waiting_on is not None and not waiting_on.items:
                    continue
                try:
                    task[2] = coro.send(None)
                    self.switches += 1
                except StopIteration as e:
                    print(f"  [{name} finished: {e.value}]")
                    self.tasks.remove(task)
            if self.tasks and all(t[2] is not None and not t[2].items for t in self.tasks):
                print("  deadlock:", [(t[0], t[2].name) for t in self.tasks])
                for t in self.tasks:
                    t[1].close()
                return


async def player(name, inbox, outbox, rounds):
    hits = 0
    while True:
        ball = await inbox.get()
        if ball is None:
            outbox.put(None)
            return f"{name} hit {hits} times"
        hits += 1
        print(f"{name} hits ball #{ball}")
        if ball >= rounds:
            outbox.put(None)
            return f"{name} won after {hits} hits"
        outbox.put(ball + 1)


ping_in, pong_in = Channel("ping"), Channel("pong")
s = Scheduler()
s.spawn("ping", player("ping", ping_in, pong_in, 7))
s.spawn("pong", player("pong", pong_in, ping_in, 7))
ping_in.put(1)
s.run()
print("switches:", s.switches)

a, b = Channel("a"), Channel("b")
s = Scheduler()
s.spawn("left", player("left", a, b, 3))
s.spawn("right", player("right", b, a, 3))
s.run()
