# Context managers: __enter__/__exit__, exception arguments, suppression, nesting, multiple targets.

class Tag:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        status = "clean" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"</{self.name}> ({status}, tb is {'None' if tb is None else 'set'})")
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Tag("a") as value:
    print("inside", value)

with Tag("outer"), Tag("inner") as inner:
    print("nested body", inner)

with Tag("x") as x, Tag("y") as y:
    print("both", x, y)

with Tag("quiet", suppress=(ValueError,)):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Tag("loud", suppress=(KeyError,)):
        raise ValueError("propagates")
except ValueError as e:
    print("caught outside:", e)

try:
    with Tag("first"), Tag("second", suppress=(ZeroDivisionError,)):
        1 / 0
    print("second suppressed it, first saw nothing")
except ZeroDivisionError:
    print("not reached")


def early_return():
    with Tag("func"):
        return "returned from inside with"


print(early_return())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


class Broken:
    pass


try:
    with Broken():
        pass
except TypeError as e:
    print("TypeError:", e)


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("never called")


try:
    with EnterFails():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
with Tag("parens") as (first):
    print(first)
with (Tag("p1") as p1,
      Tag("p2") as p2):
    print(p1, p2)
