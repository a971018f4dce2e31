# Generator introspection: gi_running, gi_frame, gi_suspended, gi_code, gi_yieldfrom, names.
def probe():
    g = yield "started"
    print("  inside: gi_running =", g.gi_running, "gi_suspended =", g.gi_suspended)
    print("  inside: frame line", g.gi_frame.f_lineno)
    yield "second"
    return "end"


g = probe()
print("name", g.__name__, "qualname", g.__qualname__)
print("code name", g.gi_code.co_name, g.gi_code is probe.__code__)
print("before start: running", g.gi_running, "suspended", g.gi_suspended, "frame is None", g.gi_frame is None)
print("frame line before start", g.gi_frame.f_lineno)
print(next(g))
print("after first yield: suspended", g.gi_suspended, "line", g.gi_frame.f_lineno)
print(g.send(g))
print(next(g, "exhausted"))
print("after exhaustion: frame is None", g.gi_frame is None, "running", g.gi_running, "suspended", g.gi_suspended)

g = probe()
g.close()
print("closed before start: frame is None", g.gi_frame is None)


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


g = outer()
print("gi_yieldfrom before start:", g.gi_yieldfrom)
next(g)
print("gi_yieldfrom while delegating:", type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
list(g)
print("gi_yieldfrom after:", g.gi_yieldfrom)


class Holder:
    def method(self):
        yield self

    class Nested:
        @staticmethod
        def gen():
            def deepest():
                yield
            return deepest()


h = Holder()
print(h.method().__qualname__, Holder.Nested.gen().__qualname__)

g = probe()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)

print("locals while suspended:")


def with_locals(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d


g = with_locals(1)
print(" ", g.gi_frame.f_locals)
next(g)
print(" ", g.gi_frame.f_locals)
next(g)
print(" ", g.gi_frame.f_locals)
list(g)
print(" ", g.gi_frame)

print(g.gi_code.co_flags & 0x20 != 0, with_locals.__code__.co_flags & 0x20 != 0, probe.__code__.co_varnames)
print(type(g).__name__, type(g).__qualname__, hasattr(g, "__next__"), hasattr(g, "send"))
print(iter(g) is g)
