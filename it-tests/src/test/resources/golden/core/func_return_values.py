# Return values: implicit None, multiple values, early returns, returns inside loops and try.

def nothing():
    pass


def bare():
    return


def pair():
    return 1, 2


def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None


def classify(x):
    if x is None:
        return "none"
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    return type(x).__name__


def try_return():
    try:
        return "from try"
    finally:
        print("   finally runs before the return completes")


def loop_return():
    while True:
        for i in range(10):
            if i == 3:
                return i * 100


print(nothing(), bare(), pair(), type(pair()).__name__, first_even([1, 3, 8, 5, 6]), first_even([1]))
print([classify(v) for v in (None, True, 3, 2.5, "s", [])])
print(try_return(), loop_return())
a, b = pair()
print(a + b)


def returns_function(kind):
    if kind == "upper":
        return str.upper
    return lambda s: s


print(returns_function("upper")("x"), returns_function("other")("x"))


def stats(values):
    if not values:
        return None, None, None
    return min(values), max(values), sum(values) / len(values)


print(stats([4, 8, 6]), stats([]))
lo, hi, mean = stats([1, 2])
print(lo, hi, mean)


def nested_return(n):
    def helper():
        return n * 2
    return helper() + 1


print(nested_return(5))
results = [f() for f in (nothing, bare, lambda: 0, lambda: (), lambda: [])]
print(results, [r is None for r in results])
