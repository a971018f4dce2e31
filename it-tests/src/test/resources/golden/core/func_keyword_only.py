# Keyword-only parameters (after * or *args) and the errors when they are misused.

def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("example.com", retries=3))
print(connect("example.com", 8080, retries=1, timeout=2))
print(connect(retries=0, host="h"))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("connect('h')", lambda: connect("h"))
attempt("connect('h', 1, 2, 3)", lambda: connect("h", 1, 2, 3))
attempt("connect('h', 1, 5, retries=2)", lambda: connect("h", 1, 5, retries=2))
attempt("connect()", lambda: connect())


def log(*messages, sep=" ", end="\n", level="info"):
    return f"[{level}] " + sep.join(messages) + end.replace("\n", "⏎")


print(log("a", "b"), log("x", level="warn", sep="-"), log())
attempt("log(level='x', 'y')", lambda: log(*["y"], level="x"))


def only_kw(*, a, b=2, c):
    return a, b, c


print(only_kw(a=1, c=3), only_kw(c=0, b=0, a=0))
attempt("only_kw(1, 2, 3)", lambda: only_kw(1, 2, 3))
attempt("only_kw(a=1)", lambda: only_kw(a=1))
attempt("only_kw()", lambda: only_kw())
attempt("only_kw(a=1, c=2, d=4)", lambda: only_kw(a=1, c=2, d=4))
print(only_kw.__kwdefaults__, only_kw.__defaults__, only_kw.__code__.co_kwonlyargcount, only_kw.__code__.co_argcount)


def mixed(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(mixed(1, d=4), mixed(1, 2, 3, 4, 5, d=6, z=7), mixed(1, c=30, d=40, b=20))
