# An exception in the body and another in __aexit__: both tracebacks, "During handling" between.
class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("begin", self.name)
        return self

    async def __aexit__(self, typ, val, tb):
        if typ is not None:
            print("rolling back", self.name, "because of", typ.__name__)
            raise ConnectionError(f"rollback of {self.name} failed")
        print("commit", self.name)


async def transfer(amount):
    async with Transaction("t1"):
        print("moving", amount)
    async with Transaction("t2"):
        if amount > 100:
            raise ValueError(f"amount too large: {amount}")




def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        print("finished")


run(transfer(50))
run(transfer(500))
