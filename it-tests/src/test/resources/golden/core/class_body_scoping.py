# The class body is executed like a function body once, top to bottom, in its own namespace.

print("before class")


class Body:
    print("   executing class body")
    x = 1
    y = x + 1
    items = []
    for i in range(3):
        items.append(i * x)
    del i
    if y > 1:
        branch = "taken"
    else:
        branch = "skipped"

    def method(self):
        return self.x

    names = sorted([n for n in dir() if not n.startswith("__")])
    print("   names so far:", names)
    qual = __qualname__
    mod = __module__


print("after class")
print(Body.x, Body.y, Body.items, Body.branch, Body.qual, Body.mod, Body().method(), hasattr(Body, "i"))
x = "global x"


class Shadow:
    x = "class x"
    from_global = x
    captured = (lambda: x)()

    def method(self):
        return x


print(Shadow.from_global, Shadow.captured, Shadow().method())


def factory(value):
    class Local:
        captured = value

        def get(self):
            return value
    return Local


L = factory(7)
print(L.captured, L().get(), L.__qualname__, L.__name__)


class Outer:
    class Inner:
        class Deepest:
            pass

    ref = Inner


print(Outer.Inner.Deepest.__qualname__, Outer.ref is Outer.Inner)


class Counter:
    total = 0
    total += 5
    values = [total] * 2


print(Counter.total, Counter.values)


class UsesLocals:
    a = 1
    b = 2
    snapshot = sorted([k for k in locals() if not k.startswith("__")])


print(UsesLocals.snapshot)


class Redefine:
    def f(self):
        return 1

    def f(self):
        return 2


print(Redefine().f())
