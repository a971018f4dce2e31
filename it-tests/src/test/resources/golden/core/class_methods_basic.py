# Methods: self binding, bound method objects, calling through the class, methods added later.

class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"


c = Counter()
c.increment().increment(5).increment()
print(c)
bound = c.increment
print(bound.__self__ is c, bound.__func__ is Counter.increment, bound.__name__, bound.__qualname__)
bound(10)
print(c, Counter.increment(c, 100))
other = Counter(1)
print(Counter.increment(other), bound == c.increment, bound is c.increment, c.increment == other.increment)


def reset(self):
    self.value = 0
    return "reset"


Counter.reset = reset
print(c.reset(), c, other.reset(), other)
c.shout = lambda: "instance attribute, not a method"
print(c.shout(), hasattr(other, "shout"))
try:
    Counter.increment()
except TypeError as e:
    print("TypeError:", e)
try:
    c.increment(1, 2)
except TypeError as e:
    print("TypeError:", e)


class NoSelf:
    def oops():
        return "called"


print(NoSelf.oops())
try:
    NoSelf().oops()
except TypeError as e:
    print("TypeError:", e)
methods = [Counter(i).increment for i in range(3)]
print([m(10) for m in methods])
print(type(c.increment).__name__, type(Counter.increment).__name__, callable(c.increment))
