# __await__ written as a generator function: yields go to the driver, return is the await's value.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        print(f"  awaiting {self.what}")
        reply = yield ("request", self.what)
        print(f"  reply for {self.what}: {reply!r}")
        return reply


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __await__(self):
        x = yield from Request(self.a).__await__()
        y = yield from Request(self.b).__await__()
        return x, y


async def handler():
    user = await Request("user")
    perms = await Request(f"perms of {user}")
    both = await Pair("left", "right")
    return {"user": user, "perms": perms, "both": both}


replies = {"user": "ann", "perms of ann": ["read"], "left": 1, "right": 2}
c = handler()
msg = c.send(None)
while True:
    print("driver got", msg)
    try:
        msg = c.send(replies[msg[1]])
    except StopIteration as e:
        print("result", e.value)
        break


class Counter:
    count = 0

    def __await__(self):
        Counter.count += 1
        yield Counter.count
        return Counter.count * 10


async def many():
    results = []
    for _ in range(3):
        results.append(await Counter())
    return results


c = many()
print([c.send(None) for _ in range(3)])
try:
    c.send(None)
except StopIteration as e:
    print("results", e.value)


class Chained:
    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        value = yield from self.inner.__await__()
        return f"chained({value})"


async def leaf():
    return "leaf"


async def use_chained():
    return await Chained(Chained(Counter()))


c = use_chained()
print("chained yields", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

print(type(Request("r").__await__()).__name__)
