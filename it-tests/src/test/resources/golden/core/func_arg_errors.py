# The exact TypeError messages for bad calls to Python functions.

def f(a, b, c=3):
    return a + b + c


def g(x, *, y):
    return x + y


def h(*args):
    return args


def k(**kwargs):
    return kwargs


class C:
    def method(self, a):
        return a

    @staticmethod
    def static(a, b):
        return a + b

    @classmethod
    def klass(cls, a):
        return a


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(f"{label:<28} -> {e}")


attempt("f()", lambda: f())
attempt("f(1)", lambda: f(1))
attempt("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4))
attempt("f(1, 2, d=4)", lambda: f(1, 2, d=4))
attempt("f(1, 2, a=1)", lambda: f(1, 2, a=1))
attempt("f(1, c=2)", lambda: f(1, c=2))
attempt("f(b=1, c=2)", lambda: f(b=1, c=2))
attempt("g(1)", lambda: g(1))
attempt("g(1, 2)", lambda: g(1, 2))
attempt("g(y=1)", lambda: g(y=1))
attempt("g(1, y=2, z=3)", lambda: g(1, y=2, z=3))
attempt("h(a=1)", lambda: h(a=1))
attempt("k(1)", lambda: k(1))
attempt("k(1, 2)", lambda: k(1, 2))
attempt("C().method()", lambda: C().method())
attempt("C().method(1, 2)", lambda: C().method(1, 2))
attempt("C.method(1)", lambda: C.method(1))
attempt("C.static(1)", lambda: C.static(1))
attempt("C.klass()", lambda: C.klass())
attempt("C().klass(1, 2)", lambda: C().klass(1, 2))
attempt("(lambda: 0)(1)", lambda: (lambda: 0)(1))
attempt("(lambda x, y: 0)(1)", lambda: (lambda x, y: 0)(1))
attempt("f(*[1, 2, 3, 4, 5])", lambda: f(*[1, 2, 3, 4, 5]))
attempt("f(**{'a': 1, 'z': 2})", lambda: f(**{"a": 1, "z": 2}))
attempt("f(1, *[2], **{'b': 3})", lambda: f(1, *[2], **{"b": 3}))
attempt("f(*5)", lambda: f(*5))
attempt("f(**[1])", lambda: f(**[1]))


def many(a, b, c, d, e):
    pass


attempt("many(1)", lambda: many(1))
attempt("many(1, 2, 3)", lambda: many(1, 2, 3))
attempt("many(e=1)", lambda: many(e=1))
