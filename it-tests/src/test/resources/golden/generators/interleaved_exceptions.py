# Several generators advanced in turn while exceptions are raised, caught and thrown between them.
class Fault(Exception):
    pass


def producer(name, fail_at):
    produced = 0
    try:
        while True:
            if produced == fail_at:
                raise Fault(f"{name} failed at {produced}")
            try:
                cmd = yield f"{name}{produced}"
            except Fault as e:
                print(f"  {name} absorbed thrown {e}")
                cmd = "skip"
            if cmd == "skip":
                produced += 2
            else:
                produced += 1
    finally:
        print(f"  {name} finally (produced={produced})")


gens = {"p": producer("p", 4), "q": producer("q", 99), "r": producer("r", 1)}
alive = ["p", "q", "r"]
for name in alive:
    print(next(gens[name]))

tick = 0
while alive:
    tick += 1
    for name in list(alive):
        g = gens[name]
        try:
            if tick % 3 == 0 and name == "q":
                value = g.throw(Fault(f"tick {tick}"))
            elif tick == 2 and name == "p":
                value = g.send("skip")
            else:
                value = next(g)
            print(f"tick {tick}: {value}")
        except Fault as e:
            print(f"tick {tick}: {name} died with {e}")
            alive.remove(name)
        if tick >= 6 and name == "q" and name in alive:
            print("tick", tick, "closing q")
            g.close()
            alive.remove(name)


def checked(values):
    for v in values:
        try:
            yield 100 // v
        except ZeroDivisionError:
            yield "inf"


def consumer(stream):
    results = []
    for item in stream:
        try:
            if item == "inf":
                raise ValueError("cannot use inf")
            results.append(item)
        except ValueError as e:
            results.append(str(e))
    return results


print(consumer(checked([1, 0, 7, 0, 50])))


def raising_after(n):
    for i in range(n):
        yield i
    raise LookupError(f"after {n}")


a = raising_after(2)
b = raising_after(3)
collected = []
for _ in range(4):
    for g in (a, b):
        try:
            collected.append(next(g))
        except LookupError as e:
            collected.append(str(e))
        except StopIteration:
            collected.append("stop")
print(collected)


def exception_in_consumer_does_not_touch_generator():
    def gen():
        try:
            yield 1
            yield 2
        except Exception as e:
            print("  generator saw", e)
            raise
    g = gen()
    try:
        for v in g:
            print("  consumer got", v)
            raise KeyError("consumer error")
    except KeyError as e:
        print("  consumer caught", e)
    print("  generator continues:", next(g))
    g.close()


exception_in_consumer_does_not_touch_generator()
