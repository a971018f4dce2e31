# Groups nested deeper than 10 levels print "... (max_group_depth is 10)".
def nest(levels, leaf):
    g = leaf
    for i in range(levels):
        g = ExceptionGroup(f"level {levels - i}", [g, KeyError(i)] if i % 3 == 0 else [g])
    return g


shallow = nest(8, ValueError("shallow leaf"))
deep = nest(14, ValueError("deep leaf"))
try:
    raise ExceptionGroup("depths", [shallow, deep])
except ExceptionGroup as e:
    print(e, e.exceptions[1].exceptions[0])
    raise
