# A chain of 300 nested awaits: yields from the bottom reach the driver, sends and throws come back.
DEPTH = 300


class Mailbox:
    def __await__(self):
        msg = yield "need-message"
        return msg


async def chain(level):
    if level == 0:
        total = 0
        while True:
            msg = await Mailbox()
            if msg == "stop":
                return total
            total += msg
    try:
        return await chain(level - 1) + 1
    except KeyError as e:
        if level % 100 == 0:
            print(f"  level {level} handles {e!r}")
            return -level
        raise


c = chain(DEPTH)
print(c.send(None))
for v in (5, 10, 20):
    print("send", v, "->", c.send(v))
try:
    c.send("stop")
except StopIteration as e:
    print("result:", e.value)

c = chain(DEPTH)
c.send(None)
try:
    c.throw(KeyError("deep"))
except StopIteration as e:
    print("handled result:", e.value)

c = chain(DEPTH)
c.send(None)
depth = 0
frame = c
while frame is not None and hasattr(frame, "cr_await"):
    depth += 1
    frame = frame.cr_await
print("awaiting depth:", depth, "innermost:", type(frame).__name__)
c.close()
print("closed:", c.cr_frame is None)
