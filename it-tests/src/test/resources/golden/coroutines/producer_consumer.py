# A bounded queue with blocking put/get between producer and consumer coroutines.
class WaitUntil:
    def __init__(self, predicate, reason):
        self.predicate = predicate
        self.reason = reason

    def __await__(self):
        while not self.predicate():
            yield self.reason


class BoundedQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.max_seen = 0

    async def put(self, item):
        await WaitUntil(lambda: len(self.items) < self.capacity, "full")
        self.items.append(item)
        self.max_seen = max(self.max_seen, len(self.items))

    async def get(self):
        await WaitUntil(lambda: self.items, "empty")
        return self.items.pop(0)


async def producer(name, q, count):
    for i in range(count):
        item = f"{name}{i}"
        await q.put(item)
        print(f"  {name} put {item} (size {len(q.items)})")
    await q.put(None)
    return f"{name} produced {count}"


async def consumer(name, q, producers):
    got = []
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        got.append(item)
        print(f"  {name} got {item}")
    return got


def run_all(tasks):
    blocked = {}
    results = {}
    rounds = 0
    while tasks:
        rounds += 1
        for name in list(tasks):
            try:
                reason = tasks[name].send(None)
                blocked[name] = blocked.get(name, 0) + 1
            except StopIteration as e:
                results[name] = e.value
                del tasks[name]
    return results, blocked, rounds


q = BoundedQueue(2)
tasks = {"p": producer("p", q, 5), "c": consumer("c", q, 1)}
results, blocked, rounds = run_all(tasks)
print(results)
print("suspensions:", blocked, "rounds:", rounds, "max size:", q.max_seen)

q = BoundedQueue(1)
tasks = {"a": producer("a", q, 3), "b": producer("b", q, 2), "c": consumer("c", q, 2)}
results, blocked, rounds = run_all(tasks)
print(results)
print("suspensions:", blocked, "rounds:", rounds)
