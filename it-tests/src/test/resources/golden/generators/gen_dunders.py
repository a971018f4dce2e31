# Calling a generator's methods directly and through its type.
def letters():
    got = yield "a"
    yield f"b({got})"
    yield "c"


g = letters()
print(g.__next__())
print(g.send("sent"))
print(type(g).send(g, None))
print(type(g).__iter__(g) is g)
try:
    g.__next__()
except StopIteration:
    print("__next__ raised StopIteration")

gen_type = type(letters())
print(gen_type.__name__, gen_type.__module__ if hasattr(gen_type, "__module__") else "?")
print(sorted(n for n in ["send", "throw", "close", "__next__", "__iter__", "gi_frame", "gi_code",
                         "gi_running", "gi_yieldfrom", "gi_suspended", "__del__"] if hasattr(gen_type, n)))

try:
    gen_type()
except TypeError as e:
    print("TypeError:", e)

g = letters()
bound = g.__next__
print(bound(), bound())
send = g.send
print(send(None))
print(next(g, "done"))

g = letters()
print(g.__iter__().__next__())
print(isinstance(g, gen_type), issubclass(gen_type, object))
print(bool(g), bool(letters()))
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
try:
    g.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(g == g, g == letters(), g != letters())
try:
    g < letters()
except TypeError as e:
    print("TypeError:", e)
h = hash(g)
print("hashable:", h == hash(g))
d = {g: "value"}
print(d[g])
print(callable(g), callable(letters))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g.send()
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g), next(g), next(g, "x"))
