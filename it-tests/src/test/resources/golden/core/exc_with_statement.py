# Exceptions and with: what __exit__ receives, suppression by a true result, and errors inside __exit__.

class Manager:
    def __init__(self, name, result=None, fail_in_exit=False):
        self.name, self.result, self.fail_in_exit = name, result, fail_in_exit

    def __enter__(self):
        print(f"   enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"   exit {self.name}: type={exc_type.__name__ if exc_type else None} value={exc!r}")
        if self.fail_in_exit:
            raise RuntimeError(f"{self.name} failed while exiting")
        return self.result


with Manager("clean"):
    pass

with Manager("suppressing", result=True):
    raise ValueError("hidden")
print("suppressed by True")

with Manager("truthy", result="yes"):
    raise KeyError("also hidden")
print("suppressed by a truthy string")

try:
    with Manager("falsy", result=0):
        raise IndexError("visible")
except IndexError as e:
    print("propagated:", e)

try:
    with Manager("broken exit", fail_in_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("replaced by:", e, "| context:", repr(e.__context__))

try:
    with Manager("outer", result=True), Manager("inner", fail_in_exit=True):
        raise TypeError("start")
    print("outer suppressed the RuntimeError from inner")
except Exception as e:
    print("not reached", e)


def returns_inside():
    with Manager("returning"):
        return "value"


print(returns_inside())
for i in range(2):
    with Manager(f"loop {i}", result=True):
        if i == 0:
            continue
        raise StopIteration("suppressed as well")
print("loop finished")
try:
    with Manager("base", result=False):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt passes through __exit__ too")
