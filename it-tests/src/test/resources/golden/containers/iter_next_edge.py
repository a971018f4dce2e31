def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

check(lambda: iter())
check(lambda: iter(5))
check(lambda: iter(None))
check(lambda: iter([], 1, 2))
check(lambda: iter(5, 1))
check(lambda: next([]))
check(lambda: next(5))
check(lambda: next())
check(lambda: next(iter([])))
check(lambda: next(iter([]), None))
check(lambda: next(iter([1]), None))
check(lambda: type(iter([])).__name__)
check(lambda: type(iter(())).__name__)
check(lambda: type(iter("")).__name__)
check(lambda: type(iter({})).__name__)
check(lambda: type(iter({}.values())).__name__)
check(lambda: type(iter({}.items())).__name__)
check(lambda: type(iter(set())).__name__)
check(lambda: type(iter(lambda: 1, 2)).__name__)

n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
print(next(iter(counter, 99)), next(iter(counter, 99)))

class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(GetItem()), list(iter(GetItem())), type(iter(GetItem())).__name__, 4 in GetItem())

class BadIter:
    def __iter__(self):
        return 5
check(lambda: iter(BadIter()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
check(lambda: iter(NoIter()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "empty"))
check(lambda: next(Countdown(0)))

class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value")
check(lambda: next(Stopper()))
check(lambda: next(Stopper(), "dflt"))

it = iter([1, 2, 3])
for x in it:
    print("first", x)
    break
print(list(it))
it = iter("abc")
print(list(zip(it, it)))
