# Nested groups: each level indents by two, frames close where CPython closes them.
def leaf(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")


def group(name, ns):
    excs = []
    for n in ns:
        try:
            leaf(n)
        except Exception as e:
            excs.append(e)
    return ExceptionGroup(name, excs)


def middle():
    try:
        raise group("middle", [1, 2])
    except ExceptionGroup as g:
        return g


inner = group("inner", [3])
outer = ExceptionGroup("outer", [middle(), ExceptionGroup("plain", [inner, KeyError("k")]), IndexError(0)])
last = ExceptionGroup("last", [ExceptionGroup("l2", [ExceptionGroup("l3", [OSError("deepest")])])])
raise BaseExceptionGroup("top", [outer, last, KeyboardInterrupt()])
