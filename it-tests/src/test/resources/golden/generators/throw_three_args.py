# The (type, value, traceback) form of throw() still works in 3.12 but warns.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("  got", type(e).__name__, e.args, e.__traceback__ is not None)


g = gen()
next(g)
g.throw(ValueError, "from a value")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, None)

try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
    tb = e.__traceback__

g.throw(KeyError, saved, tb)
g.throw(type(saved), saved)
try:
    g.throw(KeyError, saved, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print("TypeError:", e)
print("done")
