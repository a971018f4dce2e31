# The arguments split() and subgroup() refuse, with CPython 3.12's messages.
eg = ExceptionGroup("eg", [ValueError(1)])
for matcher in (1, "ValueError", [ValueError], (ValueError, 1), (ValueError, (TypeError,)), int, None,
                ValueError(), object, type, {ValueError}):
    for method in (eg.split, eg.subgroup):
        try:
            method(matcher)
        except TypeError as e:
            print(method.__name__, repr(matcher), "->", e)
for args in ((), (ValueError, TypeError)):
    for method in (eg.split, eg.subgroup):
        try:
            method(*args)
        except TypeError as e:
            print(method.__name__, len(args), "->", e)
try:
    eg.split(matcher=ValueError)
except TypeError as e:
    print("split keyword ->", e)
try:
    eg.subgroup(ValueError, matcher=ValueError)
except TypeError as e:
    print("subgroup keyword ->", e)
print(eg.split(()), eg.subgroup(()))
print(eg.split((ValueError,)), eg.subgroup((ValueError, ValueError)))
