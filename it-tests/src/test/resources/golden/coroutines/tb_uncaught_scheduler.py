# A scheduler that re-raises a task's failure: the traceback shows the scheduler and the task.
class Yield:
    def __await__(self):
        yield


async def worker(name, data):
    total = 0
    for item in data:
        await Yield()
        total += item["qty"] * item["price"]
        print(f"{name}: running total {total}")
    return total


def run_all(tasks):
    results = {}
    while tasks:
        for name, coro in list(tasks.items()):
            try:
                coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                del tasks[name]
    return results


orders = {
    "north": [{"qty": 2, "price": 5}, {"qty": 1, "price": 7}],
    "south": [{"qty": 3, "price": 4}, {"qty": 2}],
}
print(run_all({name: worker(name, items) for name, items in orders.items()}))
