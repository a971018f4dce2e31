# StopIteration: how next() signals exhaustion, its value, defaults, and custom iterators.

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.value, e.args)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(f"finished counting")
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c))
try:
    next(c)
except StopIteration as e:
    print("value:", e.value)
for x in Countdown(2):
    print("for loop item", x)


class LeakyIterator:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls > 2:
            raise StopIteration
        return self.calls


leak = LeakyIterator()
print(list(leak), list(leak), leak.calls)


def first(iterable, default="empty"):
    for item in iterable:
        return item
    return default


print(first([]), first("xyz"), first(Countdown(0)), first(range(5, 9)))
e = StopIteration(1, 2)
print(e.value, e.args, StopIteration(None).value)
print(issubclass(StopIteration, Exception), StopIteration.__mro__[1].__name__)
values = []
try:
    while True:
        values.append(next(it))
except StopIteration:
    values.append("done")
print(values)
print(list(zip([1, 2, 3], Countdown(2))), sum(Countdown(4)), max(Countdown(5), default=-1), max([], default=-1))
