# closures: functions that capture — counters with nonlocal, factories that
# build adders and multipliers, closures kept in lists and dicts and called
# later, closures over loop variables bound through default arguments, and
# closures several levels deep that read and write enclosing cells.

LOOPS = 3300000


def make_counter(start):
    count = start

    def increment(by):
        nonlocal count
        count += by
        return count

    def read():
        return count

    return increment, read


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multiplier(n):
    return lambda x: x * n


def compose(f, g):
    def both(x):
        return f(g(x))
    return both


def nested_levels(seed):
    a = seed

    def level1(x):
        b = x + a

        def level2(y):
            nonlocal b
            c = y * 2

            def level3(z):
                nonlocal c
                c += z
                return a + b + c

            b += level3(y)
            return b

        return level2(x)

    return level1


def counters(loops):
    increment, read = make_counter(10)
    other_inc, other_read = make_counter(0)
    for i in range(loops):
        increment(i % 5)
        if i % 3 == 0:
            other_inc(1)
    return read() + other_read()


def factories(loops):
    adders = [make_adder(k) for k in range(10)]
    mults = [make_multiplier(k) for k in range(1, 6)]
    pipeline = compose(adders[3], mults[2])
    total = 0
    for i in range(loops):
        total += adders[i % 10](i) - mults[i % 5](3) + pipeline(i % 100)
    return total


def dispatch(loops):
    state = {"acc": 0}
    handlers = {}

    def register(name):
        def handler(v):
            state["acc"] += len(name) * v
            return state["acc"]
        handlers[name] = handler

    for name in ["push", "pop", "swap", "rotate"]:
        register(name)
    names = list(handlers)
    last = 0
    for i in range(loops):
        last = handlers[names[i % 4]](i % 7)
    return last


def defaults(loops):
    fns = []
    for k in range(8):
        fns.append(lambda x, k=k: x * k + 1)
    total = 0
    for i in range(loops):
        total += fns[i % 8](i % 11)
    return total


def deep(loops):
    total = 0
    for i in range(loops // 4):
        total += nested_levels(i % 13)(i % 17)
    return total


def main():
    results = [counters(LOOPS), factories(LOOPS), dispatch(LOOPS), defaults(LOOPS), deep(LOOPS)]
    print("results:", results)


main()
