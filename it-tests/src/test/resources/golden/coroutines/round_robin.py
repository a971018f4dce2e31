# A round-robin scheduler with a ready queue made of a list; tasks yield control with Switch().
class Switch:
    def __await__(self):
        yield "switch"


class Task:
    next_id = 1

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.id = Task.next_id
        Task.next_id += 1
        self.steps = 0
        self.result = None


class Scheduler:
    def __init__(self):
        self.ready = []
        self.done = []

    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready.append(task)
        return task

    def run(self):
        while self.ready:
            task = self.ready.pop(0)
            task.steps += 1
            try:
                signal = task.coro.send(None)
            except StopIteration as e:
                task.result = e.value
                self.done.append(task)
                print(f"  <{task.name} done after {task.steps} steps: {e.value!r}>")
                continue
            except Exception as e:
                task.result = f"{type(e).__name__}: {e}"
                self.done.append(task)
                print(f"  <{task.name} failed: {task.result}>")
                continue
            assert signal == "switch"
            self.ready.append(task)


async def counter(name, n):
    total = 0
    for i in range(n):
        print(f"{name}: {i}")
        total += i
        await Switch()
    return total


async def nested(name):
    a = await counter(name + ".a", 2)
    b = await counter(name + ".b", 1)
    return a + b


async def failing():
    await Switch()
    await Switch()
    raise LookupError("task failure")


sched = Scheduler()
sched.spawn(counter("A", 3), "A")
sched.spawn(counter("B", 5), "B")
sched.spawn(nested("N"), "N")
sched.spawn(failing(), "F")
sched.spawn(counter("Z", 0), "Z")
sched.run()
print([(t.id, t.name, t.steps, t.result) for t in sched.done])


async def spawner(sched, depth):
    print(f"spawner depth {depth}")
    if depth:
        sched.spawn(spawner(sched, depth - 1), f"S{depth - 1}")
        await Switch()
    return depth


s2 = Scheduler()
s2.spawn(spawner(s2, 3), "S3")
s2.run()
print([t.name for t in s2.done])
