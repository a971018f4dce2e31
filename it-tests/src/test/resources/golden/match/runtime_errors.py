# Errors raised while matching, with CPython's exact messages.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoMatchArgs:
    def __init__(self):
        self.a = 1


class ListMatchArgs:
    __match_args__ = ["a"]
    a = 1


class NonStrMatchArgs:
    __match_args__ = ("a", 2)
    a = 1


class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class Explodes:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise KeyError("property failed")


def m1(x):
    match x:
        case NoMatchArgs(1):
            return "matched"
    return "no"


def m2(x):
    match x:
        case ListMatchArgs(1):
            return "matched"
    return "no"


def m3(x):
    match x:
        case NonStrMatchArgs(_, _):
            return "matched"
    return "no"


def m4(x):
    match x:
        case TwoArgs(1, 2, 3):
            return "matched"
    return "no"


def m5(x):
    match x:
        case TwoArgs(1, a=1):
            return "matched"
    return "no"


def m6(x):
    match x:
        case Explodes(_):
            return "matched"
    return "no"


not_a_class = 5


def m7(x):
    match x:
        case not_a_class():
            return "matched"
    return "no"


class Holder:
    cls = TwoArgs()


def m8(x):
    match x:
        case Holder.cls():
            return "matched"
    return "no"


class BadGet(dict):
    def get(self, key, default=None):
        raise OSError("get exploded")


def m9(x):
    match x:
        case {"k": _}:
            return "matched"
    return "no"


attempt("no __match_args__", lambda: m1(NoMatchArgs()))
attempt("no __match_args__ but other type", lambda: m1(5))
attempt("list __match_args__", lambda: m2(ListMatchArgs()))
attempt("non-str in __match_args__", lambda: m3(NonStrMatchArgs()))
attempt("too many positional", lambda: m4(TwoArgs()))
attempt("positional and keyword for the same attribute", lambda: m5(TwoArgs()))
attempt("property raises", lambda: m6(Explodes()))
attempt("called pattern is an int", lambda: m7(3))
attempt("called pattern is an instance", lambda: m8(TwoArgs()))
attempt("mapping get raises", lambda: m9(BadGet(k=1)))
attempt("mapping get not reached for non-mappings", lambda: m9([("k", 1)]))
