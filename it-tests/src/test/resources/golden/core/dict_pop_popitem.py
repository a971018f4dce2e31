# pop, popitem, del and clear, with their errors.

d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("a"), d.pop("zz", "default"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
print(d.popitem(), d)
del d["b"]
print(d)
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop()
except TypeError as e:
    print("TypeError:", e)

stack = {}
for i, name in enumerate(["first", "second", "third"]):
    stack[name] = i
while stack:
    k, v = stack.popitem()
    print("popped", k, v, "left", list(stack))

q = {"job1": "a", "job2": "b", "job3": "c"}
while q:
    key = next(iter(q))
    print("processing", key, q.pop(key))

cfg = {"debug": True, "level": 3, "name": "x"}
debug = cfg.pop("debug", False)
verbose = cfg.pop("verbose", False)
print(debug, verbose, cfg)
try:
    {}.pop("missing")
except LookupError as e:
    print(type(e).__name__, isinstance(e, LookupError), e)
