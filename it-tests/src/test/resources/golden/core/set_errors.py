# Errors from set operations and from mutating a set while iterating.

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


s = {1, 2, 3}
attempt("s.remove(9)", lambda: s.remove(9))
attempt("set().pop()", lambda: set().pop())
attempt("{[1]}", lambda: {[1]})
attempt("s.add({})", lambda: s.add({}))
attempt("set(5)", lambda: set(5))
attempt("s[0]", lambda: s[0])
attempt("s + {4}", lambda: s + {4})
attempt("s.remove([1])", lambda: s.remove([1]))
attempt("[1] in s", lambda: [1] in s)
attempt("s.discard([1])", lambda: s.discard([1]))
attempt("{1} | {(1, [2])}", lambda: {1} | {(1, [2])})
attempt("frozenset().pop()", lambda: frozenset().pop())
attempt("set(1, 2)", lambda: set(1, 2))
attempt("s.update(1)", lambda: s.update(1))
attempt("hash(s)", lambda: hash(s))
attempt("sorted({1, 'a'})", lambda: sorted({1, "a"}))


def grow():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)


def shrink():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)


attempt("add during iteration", grow)
attempt("discard during iteration", shrink)


def swap():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
        t.add(x + 100)
    return sorted(t)


attempt("discard+add keeps size", swap)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError args:", e.args, isinstance(e, LookupError))
print(s)
