# Type alias values are evaluated lazily, on first access of __value__, and then cached.
log = []


def note(tag, value):
    log.append(tag)
    return value


type Early = note("Early evaluated", list[int])
print("after the type statement:", log)
print(Early.__value__, log)
print(Early.__value__, log, "(cached)")

type Forward = list[LaterClass]
print("defined before LaterClass exists")
try:
    Forward.__value__
except NameError as e:
    print("NameError:", e)


class LaterClass:
    pass


print("now:", Forward.__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__, Recursive.__value__.__args__[0].__args__[0] is Recursive)

type Broken = 1 / 0
print("Broken defined")
for attempt in range(2):
    try:
        Broken.__value__
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)


def make(n):
    type Scaled = note(f"Scaled {n}", n * 10)
    return Scaled


aliases = [make(i) for i in range(3)]
log.clear()
print([a.__value__ for a in reversed(aliases)], log)


class Namespace:
    Unit = "meters"
    type Measure = note("Measure", (Unit, float))


log.clear()
print(Namespace.Measure.__value__, log)

x = "global value"


def uses_closure():
    x = "closure value"
    type Captured = note("Captured", x)
    return Captured


c = uses_closure()
print(c.__value__)
