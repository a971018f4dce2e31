# Custom awaitables whose __await__ returns a hand-written iterator; yielded values reach the driver.
class Ticket:
    def __init__(self, steps, result):
        self.steps = steps
        self.result = result

    def __await__(self):
        return TicketIter(self.steps, self.result)


class TicketIter:
    def __init__(self, steps, result):
        self.left = steps
        self.result = result
        self.received = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if value is not None:
            self.received.append(value)
        if self.left == 0:
            raise StopIteration((self.result, self.received))
        self.left -= 1
        return f"tick({self.left} left)"


async def job():
    first = await Ticket(2, "A")
    print("  job got", first)
    second = await Ticket(0, "B")
    print("  job got", second)
    third = await Ticket(3, "C")
    print("  job got", third)
    return "job done"


c = job()
values = [None, "x", "y", "z", "w", "v"]
for v in values:
    try:
        print("driver sees", c.send(v))
    except StopIteration as e:
        print("finished:", e.value)
        break


class Plain:
    """__await__ returning an iterator that has only __next__: send(value) falls back to __next__ for None."""

    def __await__(self):
        return iter(["p1", "p2"])


async def uses_plain():
    r = await Plain()
    print("  list iterator returns", r)
    return r


c = uses_plain()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done:", e.value)

c = uses_plain()
c.send(None)
try:
    c.send("value")
except AttributeError as e:
    print("AttributeError:", e)


class Immediate:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return iter(())


async def immediate():
    return await Immediate(1)


c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate result:", e.value)
