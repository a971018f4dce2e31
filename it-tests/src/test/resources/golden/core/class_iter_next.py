# The iterator protocol on classes: __iter__ returning a fresh iterator or self, __next__, StopIteration.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c), [x * 10 for x in c], sum(c), max(c), 2 in c, 5 in c)
it = iter(c)
print(next(it), next(it), next(it), next(it, "exhausted"))
for a, b in zip(Countdown(3), Countdown(5)):
    print(a, b, end=" | ")
print()


class Fibs:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fibs(100)
print(list(f), list(f), "(self-iterators are single use)")
first_three = []
for x in Fibs(1000):
    if len(first_three) == 3:
        break
    first_three.append(x)
print(first_three)


class NotIterable:
    pass


class BadIter:
    def __iter__(self):
        return 42


for obj in (NotIterable(), BadIter()):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown(1))
except TypeError as e:
    print("TypeError:", e)


class Pairs:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(list(zip(self.data, self.data[1:])))


print(list(Pairs("abcd")), dict(Pairs([1, 2, 3])), enumerate(Pairs("xy")).__next__())
a, b, c = Countdown(3)
print(a, b, c, *Countdown(2), sorted(Countdown(4)))
