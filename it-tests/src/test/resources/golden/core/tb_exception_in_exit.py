# A context manager whose __exit__ fails while the body's exception propagates.

class Transaction:
    def __init__(self, name):
        self.name = name
        self.committed = False

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("rolling back", self.name, "because of", exc_type.__name__)
            raise RuntimeError(f"rollback of {self.name} failed")
        print("commit", self.name)


with Transaction("t1"):
    print("working in t1")
with Transaction("t2") as t:
    balance = {"a": 10}
    balance["b"] -= 5
