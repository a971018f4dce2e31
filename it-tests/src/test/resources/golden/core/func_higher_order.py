# Higher-order functions: reduce, compose, partial application, memoize, pipelines — all by hand.

def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    call.func, call.args, call.keywords = fn, bound, bound_kw
    return call


def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value


print(reduce(lambda a, b: a + b, range(1, 11), 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []), reduce(max, [3, 9, 2], float("-inf")))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(42), compose(str, abs)(-7))
power_of_two = partial(pow, 2)
base_ten = partial(int, base=10)
print(power_of_two(10), base_ten("42"), partial(max, 5)(3, 4), power_of_two.args, base_ten.keywords)
print(pipeline("  Hello World  ", str.strip, str.lower, lambda s: s.split(), len))


def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run


print(apply_n(lambda x: x * 3, 4)(1), apply_n(lambda s: s + "!", 3)("hey"))


def flip(fn):
    return lambda a, b: fn(b, a)


print(flip(divmod)(3, 20), flip(lambda a, b: a - b)(1, 10))


def count_if(pred, items):
    return sum([1 for x in items if pred(x)])


print(count_if(str.isdigit, "a1b22c333"), count_if(lambda n: n % 2, range(11)))
funcs = [abs, str, bool, float, lambda x: x * x]
print([f(-3) for f in funcs])
table = {name: fn(16) for name, fn in (("sqrt", lambda v: v ** 0.5), ("bin", bin), ("neg", lambda v: -v))}
print(table)
print(sorted(["apple", "Fig", "banana"], key=compose(len, str.lower)), max([3, -8, 5], key=abs))
