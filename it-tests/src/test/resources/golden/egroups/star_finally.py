# except* with else and finally, in loops and functions, and return values around them.
def f(exc):
    log = []
    try:
        if exc:
            raise exc
        log.append("body done")
    except* ValueError:
        log.append("ValueError")
    except* TypeError:
        log.append("TypeError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(f(None))
print(f(ValueError()))
print(f(ExceptionGroup("eg", [TypeError(), ValueError()])))
try:
    f(ExceptionGroup("eg", [TypeError(), KeyError(1)]))
except ExceptionGroup as e:
    print("escaped", repr(e))


def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    finally:
        print("finally in g")
    return "g returned"


print(g())

results = []
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        raise TypeError(i)
    except* ValueError as e:
        results.append(("V", e.exceptions[0].args[0]))
    except* TypeError as e:
        results.append(("T", e.exceptions[0].args[0]))
print(results)


def counter():
    n = 0
    while n < 3:
        try:
            n += 1
            raise ExceptionGroup("loop", [ValueError(n)])
        except* ValueError as e:
            print("caught", e.exceptions[0])
    return n


print(counter())
