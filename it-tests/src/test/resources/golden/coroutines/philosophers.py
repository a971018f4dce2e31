# Dining philosophers with coroutines: forks as locks, an ordering rule to avoid deadlock,
# and a deterministic round-robin scheduler.
class Fork:
    def __init__(self, n):
        self.n = n
        self.holder = None


class Acquire:
    def __init__(self, fork, who):
        self.fork = fork
        self.who = who

    def __await__(self):
        while self.fork.holder is not None:
            yield ("blocked", self.fork.n)
        self.fork.holder = self.who


class Think:
    def __await__(self):
        yield ("think", None)


async def philosopher(i, left, right, meals):
    first, second = (left, right) if left.n < right.n else (right, left)
    eaten = 0
    while eaten < meals:
        await Think()
        await Acquire(first, i)
        await Acquire(second, i)
        eaten += 1
        log.append(f"P{i} eats meal {eaten} with forks {first.n},{second.n}")
        await Think()
        first.holder = None
        second.holder = None
    return eaten


N = 5
log = []
forks = [Fork(i) for i in range(N)]
tasks = [philosopher(i, forks[i], forks[(i + 1) % N], 2) for i in range(N)]
blocked = [0] * N
done = {}
rounds = 0
while len(done) < N:
    rounds += 1
    for i, t in enumerate(tasks):
        if i in done:
            continue
        try:
            kind, _ = t.send(None)
            if kind == "blocked":
                blocked[i] += 1
        except StopIteration as e:
            done[i] = e.value
for line in log:
    print(line)
print("meals:", done)
print("times blocked:", blocked, "rounds:", rounds)
print("all forks free:", all(f.holder is None for f in forks))
