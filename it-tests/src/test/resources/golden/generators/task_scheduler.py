# Generator-based cooperative tasks: a round-robin scheduler with sleeping, joining and messages.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.results = {}
        self.clock = 0
        self.names = {}

    def spawn(self, name, gen):
        self.names[gen] = name
        self.ready.append((gen, None))
        return gen

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, _, gen = self.sleeping.pop(0)
                self.clock = wake
                self.ready.append((gen, None))
                continue
            gen, value = self.ready.pop(0)
            name = self.names[gen]
            try:
                request = gen.send(value)
            except StopIteration as e:
                print(f"[t={self.clock}] {name} finished -> {e.value!r}")
                self.results[name] = e.value
                for waiter in self.waiting.pop(name, []):
                    self.ready.append((waiter, e.value))
                continue
            except Exception as e:
                print(f"[t={self.clock}] {name} crashed: {type(e).__name__}: {e}")
                self.results[name] = e
                for waiter in self.waiting.pop(name, []):
                    self.ready.append((waiter, None))
                continue
            kind, arg = request
            if kind == "sleep":
                self.sleeping.append((self.clock + arg, len(self.sleeping) + self.clock * 100, gen))
            elif kind == "join":
                if arg in self.results:
                    self.ready.append((gen, self.results[arg]))
                else:
                    self.waiting.setdefault(arg, []).append(gen)
            elif kind == "yield":
                self.ready.append((gen, None))
            elif kind == "time":
                self.ready.append((gen, self.clock))


def worker(name, steps, delay):
    total = 0
    for i in range(steps):
        now = yield ("time", None)
        print(f"[t={now}] {name} step {i}")
        total += i * delay
        yield ("sleep", delay)
    return total


def coordinator():
    a = yield ("join", "fast")
    print("  coordinator saw fast ->", a)
    b = yield ("join", "slow")
    print("  coordinator saw slow ->", b)
    c = yield ("join", "broken")
    print("  coordinator saw broken ->", c)
    return a + b


def broken():
    yield ("sleep", 3)
    raise ValueError("broken task")


def spinner():
    for i in range(3):
        print(f"  spinner turn {i}")
        yield ("yield", None)
    return "spun"


s = Scheduler()
s.spawn("coordinator", coordinator())
s.spawn("fast", worker("fast", 3, 1))
s.spawn("slow", worker("slow", 2, 4))
s.spawn("broken", broken())
s.spawn("spinner", spinner())
s.run()
print("results:", {k: (v if not isinstance(v, Exception) else repr(v)) for k, v in s.results.items()})
print("final clock:", s.clock)
