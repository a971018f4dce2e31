# A pipeline of async generators (source -> parse -> window -> aggregate) driven by a scheduler
# that interleaves two pipelines.
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def source(name, lines):
    for i, line in enumerate(lines):
        await Pause(f"{name}:read{i}")
        yield line


async def parse(lines):
    async for line in lines:
        fields = line.split(",")
        if len(fields) != 2:
            print(f"  skipping malformed {line!r}")
            continue
        yield fields[0], int(fields[1])


async def windows(items, size):
    buf = []
    async for item in items:
        buf.append(item)
        if len(buf) == size:
            yield list(buf)
            buf.clear()
    if buf:
        yield buf


async def aggregate(name, batches):
    totals = {}
    async for batch in batches:
        print(f"  {name} batch {[k for k, _ in batch]}")
        for key, value in batch:
            totals[key] = totals.get(key, 0) + value
        await Pause(f"{name}:agg")
    return totals


data_a = ["x,1", "y,2", "bad", "x,3", "z,4", "y,5", "x,6"]
data_b = ["p,10", "q,20", "p,30"]
tasks = {
    "A": aggregate("A", windows(parse(source("A", data_a)), 2)),
    "B": aggregate("B", windows(parse(source("B", data_b)), 3)),
}
trace = []
results = {}
while tasks:
    for name in list(tasks):
        try:
            trace.append(tasks[name].send(None))
        except StopIteration as e:
            results[name] = e.value
            del tasks[name]
print(trace)
print(results)
