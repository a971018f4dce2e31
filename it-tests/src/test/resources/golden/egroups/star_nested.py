# try/except* inside except* clauses, and except* inside plain except and finally.
def inner_star():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        try:
            raise ExceptionGroup("inner", [KeyError(3), IndexError(4)])
        except* KeyError as k:
            print("inner KeyError:", repr(k))
            print("its context:", repr(k.__context__))
    except* TypeError:
        print("outer TypeError")


try:
    inner_star()
except ExceptionGroup as e:
    print("left:", repr(e))
    for sub in e.exceptions:
        print("  ", repr(sub), "context:", repr(sub.__context__))

try:
    raise KeyError("plain")
except KeyError as k:
    try:
        raise ExceptionGroup("in plain handler", [ValueError(1)])
    except* ValueError as v:
        print("caught", repr(v), "context:", repr(v.__context__))

try:
    pass
finally:
    try:
        raise ValueError("naked in finally")
    except* ValueError as v:
        print("finally:", repr(v))


def deep(n):
    try:
        if n == 0:
            raise ExceptionGroup("bottom", [ValueError(0), TypeError(0)])
        deep(n - 1)
    except* ValueError as v:
        print("level", n, "took", repr(v))
        raise ValueError(n)


try:
    deep(2)
except ExceptionGroup as e:
    print(repr(e))
