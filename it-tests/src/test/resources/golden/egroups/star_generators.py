# except* inside generators and comprehension-driven code.
def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("in gen", [ValueError(i), TypeError(i)])
            yield i
        except* ValueError as e:
            yield "handled " + repr(e)
        except* TypeError:
            yield "type error too"


print(list(gen()))


def failing():
    try:
        raise ExceptionGroup("g", [KeyError("x")])
    except* ValueError:
        yield "never"
    yield "never either"


try:
    list(failing())
except* KeyError as k:
    print("from generator:", repr(k))


def collect(items):
    errors = []
    for item in items:
        try:
            if not isinstance(item, int):
                raise TypeError(f"not an int: {item!r}")
            if item < 0:
                raise ValueError(f"negative: {item}")
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid items", errors)


try:
    collect([1, -2, "x", 3, -4, None])
except* ValueError as v:
    print([str(e) for e in v.exceptions])
except* TypeError as t:
    print([str(e) for e in t.exceptions])
