# Actors as generators: messages with send(), control flow with throw(), shutdown with close().
class Restart(Exception):
    pass


class Shutdown(Exception):
    pass


def account(name, balance=0):
    history = []
    print(f"  {name}: opened with {balance}")
    while True:
        try:
            msg = yield balance
            kind, amount = msg
            if kind == "deposit":
                balance += amount
            elif kind == "withdraw":
                if amount > balance:
                    raise ValueError(f"{name}: insufficient funds ({balance} < {amount})")
                balance -= amount
            else:
                print(f"  {name}: unknown message {kind!r}")
            history.append(msg)
        except Restart:
            print(f"  {name}: restart, dropping {len(history)} history entries")
            history = []
            balance = 0
        except Shutdown as e:
            print(f"  {name}: shutdown requested ({e}); history {history}")
            return balance
        except ValueError as e:
            print("  error:", e)


a = account("alice", 10)
b = account("bob")
next(a)
next(b)
print(a.send(("deposit", 5)), b.send(("deposit", 50)))
print(a.send(("withdraw", 100)))
print(b.send(("withdraw", 20)), b.send(("refund", 1)))
print(a.throw(Restart))
print(a.send(("deposit", 7)))
try:
    a.throw(Shutdown("end of day"))
except StopIteration as e:
    print("alice final balance:", e.value)
print(b.send("garbage"))
try:
    b.send(("withdraw", "lots"))
except TypeError as e:
    print("bob died:", e)
print("bob is finished:", b.gi_frame is None)


def supervisor(factory, name):
    restarts = 0
    while True:
        actor = factory(name)
        next(actor)
        try:
            while True:
                msg = yield
                actor.send(msg)
        except StopIteration:
            pass
        except Exception as e:
            restarts += 1
            print(f"  supervisor restarts {name} after {type(e).__name__} (restart #{restarts})")
            if restarts >= 2:
                return restarts


sup = supervisor(account, "carol")
next(sup)
sup.send(("deposit", 3))
sup.send(("bad", "message", "shape"))
sup.send(("deposit", 1))
sup.send(None)
sup.send(("deposit", 2))
try:
    sup.send(None)
except StopIteration as e:
    print("supervisor gave up after", e.value, "restarts")
