# A generator that tries to resume itself while running: ValueError "generator already executing".
def self_ref():
    me = yield
    while True:
        try:
            next(me)
        except ValueError as e:
            print("  inside:", e)
        try:
            me.send(1)
        except ValueError as e:
            print("  inside send:", e)
        try:
            me.throw(KeyError("k"))
        except ValueError as e:
            print("  inside throw:", e)
        try:
            me.close()
        except ValueError as e:
            print("  inside close:", e)
        yield "survived"


g = self_ref()
next(g)
print(g.send(g))
print(next(g))


class Reentrant:
    def __init__(self):
        self.gen = None

    def __iter__(self):
        return self

    def __next__(self):
        print("  Reentrant.__next__ calls back into the running generator")
        return next(self.gen)


def delegating(source):
    yield from source


r = Reentrant()
g = delegating(r)
r.gen = g
try:
    next(g)
except ValueError as e:
    print("via yield from:", e)


def uses_callback(cb):
    for i in range(3):
        yield cb(i)


holder = {}


def callback(i):
    if i == 1:
        try:
            return next(holder["g"])
        except ValueError as e:
            return f"refused: {e}"
    return i * 10


holder["g"] = uses_callback(callback)
print(list(holder["g"]))


def running_flag():
    yield gen_ref[0].gi_running


gen_ref = [None]
gen_ref[0] = running_flag()
print("gi_running seen from inside:", next(gen_ref[0]), "outside:", gen_ref[0].gi_running)
