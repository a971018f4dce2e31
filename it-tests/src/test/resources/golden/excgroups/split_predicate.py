# split()/subgroup() with a predicate: it is called for groups too, and a true result for a group
# takes the whole subtree.
calls = []


def pred_factory(fn):
    def pred(e):
        calls.append(type(e).__name__ + (f"({e.message})" if isinstance(e, BaseExceptionGroup) else ""))
        return fn(e)
    return pred


def leaves(g):
    if g is None:
        return None
    if isinstance(g, BaseExceptionGroup):
        return [g.message, [leaves(e) for e in g.exceptions]]
    return str(g)


eg = ExceptionGroup("all", [
    ValueError("small 1"),
    ValueError("large 100"),
    ExceptionGroup("sub", [KeyError("small 2"), OSError("large 200")]),
    ExceptionGroup("take me", [TypeError("whatever")]),
])

calls.clear()
m, r = eg.split(pred_factory(lambda e: "small" in str(e)))
print("calls:", calls)
print("match:", leaves(m))
print("rest:", leaves(r))

calls.clear()
m, r = eg.split(pred_factory(lambda e: isinstance(e, ExceptionGroup) and e.message == "take me"))
print("calls:", calls)
print("match:", leaves(m))
print("rest:", leaves(r))

calls.clear()
print("subgroup always true:", eg.subgroup(pred_factory(lambda e: True)) is eg, calls)
calls.clear()
print("subgroup always false:", eg.subgroup(pred_factory(lambda e: False)), len(calls))


def failing(e):
    if isinstance(e, OSError):
        raise RuntimeError("predicate failed")
    return False


try:
    eg.split(failing)
except RuntimeError as e:
    print("predicate exception propagates:", e)


def returns_non_bool(e):
    return [1] if isinstance(e, ValueError) else ""


m, r = eg.split(returns_non_bool)
print("truthiness is used:", leaves(m), leaves(r))
m, r = eg.split(lambda e: isinstance(e, (ValueError, OSError)))
print("lambda:", leaves(m), "|", leaves(r))
