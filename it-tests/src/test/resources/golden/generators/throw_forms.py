# The accepted forms of generator.throw() and what the generator sees.
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print(f"  caught {type(e).__name__} args={e.args}")


g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("instance")))
print(g.throw(KeyError("k")))
print(g.throw(TypeError()))


class Custom(Exception):
    def __init__(self, a=None, b=None):
        super().__init__(a, b)
        print("  Custom.__init__", a, b)


print(g.throw(Custom))
print(g.throw(Custom(1, 2)))

try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("x"), ValueError("y"))
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)


def uncaught():
    yield 1
    yield 2


g = uncaught()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("propagated before start:", e)
print("after that the generator is", next(g, "finished"))

g = uncaught()
next(g)
try:
    g.throw(IndexError("mid"))
except IndexError as e:
    print("propagated mid-way:", e)
print("now", list(g))


def tb_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


def deep():
    yield "x"


g = deep()
next(g)
try:
    g.throw(LookupError("with tb"))
except LookupError as e:
    print("traceback frames:", tb_names(e))


def reraise_different():
    try:
        yield 1
    except ValueError as e:
        raise KeyError("converted") from e


g = reraise_different()
next(g)
try:
    g.throw(ValueError("orig"))
except KeyError as e:
    print("KeyError with cause", repr(e.__cause__), "context", repr(e.__context__))
