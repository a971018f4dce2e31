# Lambdas: expressions as functions, in sort keys, dispatch tables, immediately invoked, nested.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "iife")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, square.__qualname__, add.__defaults__, square.__code__.co_argcount)
pairs = [(3, "c"), (1, "z"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": lambda a, b: a if a > b else b}
print([ops[o](8, 3) for o in ("+", "-", "max")])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: s.isupper(), "aBcDE")))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
make_adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders])


class Holder:
    method = lambda self, x: f"{type(self).__name__} got {x}"


print(Holder().method(5), Holder.method.__qualname__)
print((lambda: (walrus_in_lambda := 5))(), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
nested = lambda x: (lambda y: x + y)
print(nested(1)(2), nested.__qualname__, nested(1).__qualname__)
