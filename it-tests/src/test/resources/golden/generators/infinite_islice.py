# Infinite generators consumed with hand-written islice/takewhile/chain/zip helpers.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def islice(iterable, *args):
    start, stop, step = 0, None, 1
    if len(args) == 1:
        stop = args[0]
    elif len(args) == 2:
        start, stop = args
    elif len(args) == 3:
        start, stop, step = args
    it = iter(iterable)
    index = 0
    next_wanted = start
    for item in it:
        if stop is not None and index >= stop:
            return
        if index == next_wanted:
            yield item
            next_wanted += step
        index += 1


def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x


def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def chain(*iterables):
    for it in iterables:
        yield from it


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved


def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(naturals(), 5)))
print(list(islice(naturals(10), 2, 8)))
print(list(islice(naturals(), 3, 30, 7)))
print(list(takewhile(lambda x: x < 50, fibonacci())))
print(list(islice(dropwhile(lambda x: x < 1000, fibonacci()), 4)))
print(list(islice(primes(), 25)))
print(list(islice(cycle("abc"), 10)))
print(list(islice(accumulate(naturals(1)), 10)))
print(list(islice(accumulate(naturals(1), lambda a, b: a * b), 12)))
print(list(chain("ab", [1, 2], islice(fibonacci(), 90, 92))))
print(list(zip(naturals(), "xyz")))
print(list(islice(((p, q) for p in naturals() for q in range(p)), 8)))

squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print([next(evens) for _ in range(6)])
print("the shared source advanced too:", next(squares))

collatz = lambda n: (n // 2 if n % 2 == 0 else 3 * n + 1)


def iterate(f, x):
    while True:
        yield x
        x = f(x)


print(list(takewhile(lambda v: v != 1, iterate(collatz, 27)))[-10:])
print(sum(1 for _ in takewhile(lambda v: v != 1, iterate(collatz, 97))))
