# return inside generators: values, return in try/finally with yields, early returns in loops.
def early(n):
    for i in range(n):
        if i == 2:
            return f"early at {i}"
        yield i
    return "normal end"


for n in (1, 5):
    g = early(n)
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            print(n, items, repr(e.value))
            break


def return_through_finally():
    try:
        yield "body"
        return "from try"
    finally:
        yield "finally runs before the return completes"


g = return_through_finally()
print(next(g), "|", next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)


def finally_overrides():
    try:
        yield 1
        return "try value"
    finally:
        return "finally value"


g = finally_overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print("finally wins:", e.value)


def return_none_forms(kind):
    yield kind
    if kind == "bare":
        return
    if kind == "none":
        return None
    if kind == "tuple":
        return 1, 2
    if kind == "falsy":
        return 0


for kind in ("bare", "none", "tuple", "falsy", "fall-through"):
    g = return_none_forms(kind)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(kind, repr(e.value), e.args)


def return_stopiteration_instance():
    yield
    return StopIteration(5)


g = return_stopiteration_instance()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value is an exception object:", repr(e.value))


def returns_list():
    yield
    return [1, 2, 3]


g = returns_list()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, str(e))
print(next(g, "default after return"))
