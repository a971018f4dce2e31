# __contains__ decides `in`; __call__ makes instances callable.

class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print(f"   __contains__({x!r})")
        return self.lo <= x < self.hi


r = Range(1, 10)
print(5 in r, 10 in r, 0 not in r)


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


print(3 in Truthy(), 3 not in Truthy())


class NoContains:
    def __iter__(self):
        print("   __iter__ used for `in`")
        return iter([1, 2, 3])


print(2 in NoContains(), 9 in NoContains())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __repr__(self):
        return " + ".join([f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c])


p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(4)], callable(p), list(map(p, [10])))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values, reset=False):
        if reset:
            self.total = 0
        self.total += sum(values)
        return self.total


acc = Accumulator()
print(acc(1), acc(2, 3), acc(10, reset=True), acc())
try:
    acc(x=1)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        return f"Meta intercepted {cls.__name__}{args}"


class Made(metaclass=Meta):
    pass


print(Made(1, 2))
instance = Accumulator()
instance.__call__ = lambda: "instance attribute is not used"
print(instance(), "(special methods are looked up on the type)")
