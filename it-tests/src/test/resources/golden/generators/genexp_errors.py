# Where errors inside generator expressions surface: creation, first next(), later items, conditions.
def report(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


report("first iterable not iterable", lambda: (x for x in None))
report("inner iterable not iterable", lambda: list(x for y in [1] for x in y))
report("condition raises", lambda: list(x for x in [1, 2, 0, 4] if 8 // x))
report("element raises late", lambda: [v for v in (10 / x for x in [5, 2, 0])])
report("name error in element", lambda: list(undefined_name for _ in [1]))
report("attribute error", lambda: list(s.upper() for s in ["a", 1]))
report("nested genexp", lambda: list(list(c for c in w) for w in ["ab", 3]))


def partial_consumption():
    g = (100 // x for x in [1, 2, 0, 5])
    got = []
    try:
        for v in g:
            got.append(v)
    except ZeroDivisionError:
        got.append("ZeroDivisionError")
    got.append(next(g, "genexp is finished after the error"))
    return got


report("partial", partial_consumption)
gen = (x * 2 for x in range(3))
report("send None to genexp", lambda: gen.send(None))
report("send value to running genexp", lambda: gen.send(5))
report("throw into genexp", lambda: gen.throw(KeyError("thrown")))
report("after throw", lambda: next(gen))
gen2 = (x for x in range(3))
report("throw before start", lambda: gen2.throw(ValueError("early")))
report("next after", lambda: next(gen2, "exhausted"))
report("genexp attributes", lambda: (gen2.gi_frame, gen2.gi_running, gen2.__name__))

data = {"a": 1, "b": 2}
g = (k for k in data)
next(g)
data["c"] = 3
report("dict changed during genexp", lambda: list(g))

report("unhashable in set()", lambda: set(x for x in [[1], [2]]))
report("sum of strings", lambda: sum(str(x) for x in range(3)))
report("sorted mixed", lambda: sorted(x for x in [1, "a"]))
