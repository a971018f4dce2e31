# def is an executable statement: conditional definitions, redefinition, definitions in loops.

DEBUG = False
if DEBUG:
    def log(msg):
        return f"[debug] {msg}"
else:
    def log(msg):
        return msg


print(log("hello"))


def version():
    return 1


first = version


def version():
    return 2


print(first(), version(), first is not version, first.__name__ == version.__name__)
makers = []
for i in range(3):
    def make(i=i):
        return i * 10
    makers.append(make)
print([m() for m in makers], len({id(m) for m in makers}) == 3)


def outer(n):
    if n > 0:
        def helper():
            return "positive"
    else:
        def helper():
            return "non-positive"
    return helper()


print(outer(5), outer(-5))


def build():
    results = []
    for name in ("alpha", "beta"):
        def named():
            return name
        results.append(named)
    return [f() for f in results]


print(build())


def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


print(recursive_inner(12))
try:
    undefined_until_later()
except NameError as e:
    print("NameError:", e)


def undefined_until_later():
    return "now defined"


print(undefined_until_later())
print([f.__qualname__ for f in (outer, recursive_inner, makers[0])])
