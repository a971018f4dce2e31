# An exception printed once in a chain is not chained again, but a sub-exception always prints;
# cycles between a group and its members' contexts end.
shared = ValueError("shared")
try:
    raise shared
except ValueError:
    pass
first = KeyError("first")
first.__context__ = shared
second = KeyError("second")
second.__cause__ = shared
group = ExceptionGroup("twice", [shared, first, second, shared])
loop = TypeError("loop")
group2 = ExceptionGroup("cycle", [loop])
loop.__context__ = group2
try:
    raise group
except ExceptionGroup:
    try:
        raise group2
    except ExceptionGroup as g:
        raise ExceptionGroup("last", [g, first]) from shared
