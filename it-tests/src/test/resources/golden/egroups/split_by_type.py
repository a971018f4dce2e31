# split() and subgroup() by an exception type or a tuple of types, through nested groups.
def show(label, r):
    print(label, "->", repr(r))


leaf1, leaf2, leaf3, leaf4 = ValueError(1), TypeError(2), ValueError(3), KeyError(4)
inner = ExceptionGroup("inner", [leaf2, leaf3])
eg = ExceptionGroup("outer", [leaf1, inner, leaf4])

show("ValueError", eg.split(ValueError))
show("TypeError", eg.split(TypeError))
show("LookupError", eg.split(LookupError))
show("Exception", eg.split(Exception))
show("BaseException", eg.split(BaseException))
show("OSError", eg.split(OSError))
show("(TypeError, KeyError)", eg.split((TypeError, KeyError)))
show("empty tuple", eg.split(()))
show("ExceptionGroup", eg.split(ExceptionGroup))
show("BaseExceptionGroup", eg.split(BaseExceptionGroup))
show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup OSError", eg.subgroup(OSError))
show("subgroup Exception", eg.subgroup(Exception))
show("subgroup (KeyError,)", eg.subgroup((KeyError,)))

match, rest = eg.split(ValueError)
print(match is eg, rest is eg)
print(match.exceptions[0] is leaf1, match.exceptions[1].exceptions[0] is leaf3)
print(rest.exceptions[0].exceptions[0] is leaf2, rest.exceptions[1] is leaf4)
print(type(match.exceptions[1]).__name__, match.exceptions[1].message)
print(eg.split(Exception)[0] is eg, eg.subgroup(Exception) is eg)
print(inner.split(ValueError)[0].args)

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5), SystemExit(2)])
show("base by Exception", base.split(Exception))
show("base by KeyboardInterrupt", base.split(KeyboardInterrupt))
show("base subgroup SystemExit", base.subgroup(SystemExit))
m, r = base.split(Exception)
print(type(m).__name__, type(r).__name__)

deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup("level%d" % i, [deep, TypeError(i)])
show("deep ValueError", deep.subgroup(ValueError))
show("deep TypeError", deep.split(TypeError)[0])
