# derive() and subclasses of the group classes: what split() builds, overridden derive and __new__.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg.derive([KeyError(3)])))
print(repr(eg.derive((KeyError(3), KeyError(4)))))
print(repr(eg.derive([KeyboardInterrupt()])))
for bad in ([], 5, [5]):
    try:
        eg.derive(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args, kwargs in (((), {}), ((1, 2), {}), ((), {"excs": []})):
    try:
        eg.derive(*args, **kwargs)
    except TypeError as e:
        print(e)


class MyGroup(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError(1), KeyError(2)])
print(repr(g), isinstance(g, ExceptionGroup), type(g.derive([ValueError()])).__name__)
print(repr(g.split(ValueError)))
try:
    MyGroup("mine", [SystemExit()])
except TypeError as e:
    print(e)


class MyBase(BaseExceptionGroup):
    pass


print(repr(MyBase("b", [ValueError()])), repr(MyBase("b", [SystemExit(1)])))
print(repr(MyBase("b", [ValueError(), SystemExit(1)]).split(ValueError)))


class Derived(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", type(excs).__name__, excs)
        return Derived(self.message + "*", excs)


d = Derived("d", [ValueError(1), ExceptionGroup("n", [ValueError(2), KeyError(3)])])
m, r = d.split(ValueError)
print(repr(m), repr(r))
print(repr(d.subgroup(KeyError)))


class WithExtra(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithExtra(self.message, excs, self.extra)

    def __str__(self):
        return f"{self.message} [extra={self.extra}]"


w = WithExtra("w", [ValueError(1), TypeError(2)], 42)
print(repr(w), str(w), w.args, w.extra)
m, r = w.split(TypeError)
print(str(m), str(r), m.extra, r.exceptions)


class NotAGroup(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    NotAGroup("x", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
print(repr(NotAGroup("x", [ValueError(1)]).split(ExceptionGroup)))


class Mixed(ExceptionGroup, ValueError):
    pass


mx = Mixed("mixed", [KeyError(1)])
print(Mixed.__mro__)
print(isinstance(mx, ValueError), repr(mx), str(mx))
try:
    raise mx
except ValueError as e:
    print("caught as ValueError:", repr(e))
