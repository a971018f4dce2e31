# Push-style pipelines: generators used as consumers with send(), primed by a decorator.
def coroutine(func):
    def start(*args, **kwargs):
        c = func(*args, **kwargs)
        next(c)
        return c
    start.__name__ = func.__name__
    return start


@coroutine
def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}{item}")


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send(f"#{n} {item}")
    finally:
        print(f"  counter closed after {n} items")


@coroutine
def collector(store):
    while True:
        store.append((yield))


@coroutine
def windowed(size, target):
    window = []
    while True:
        window.append((yield))
        if len(window) == size:
            target.send(tuple(window))
            window.pop(0)


lines = [
    "python generators are lazy",
    "the jvm runs bytecode",
    "a generator can receive values",
    "coroutines use send",
    "nothing else here",
]

store = []
c = counter(printer("  out: "))
pipeline = broadcast([grep("gen", c), grep("send", printer("  send: ")), collector(store)])
for line in lines:
    pipeline.send(line)
print("stored", len(store), "lines; first word of each:", [s.split()[0] for s in store])
c.close()

win_store = []
w = windowed(3, collector(win_store))
for i in range(7):
    w.send(i)
print(win_store)


@coroutine
def running_stats():
    count = 0
    total = 0
    low = high = None
    while True:
        value = yield (count, total, low, high)
        if value == "reset":
            count = total = 0
            low = high = None
            continue
        count += 1
        total += value
        low = value if low is None else min(low, value)
        high = value if high is None else max(high, value)


stats = running_stats()
for v in [5, 3, 9, "reset", 4, 4, 10, -2]:
    print(v, "->", stats.send(v))
print(printer.__name__, running_stats.__name__)
