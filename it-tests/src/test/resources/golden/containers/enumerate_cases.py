def check(f):
    try:
        r = f()
        print(list(r) if type(r).__name__ in ("enumerate", "E") else r)
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: enumerate("abc"))
check(lambda: enumerate("abc", 10))
check(lambda: enumerate("abc", -2))
check(lambda: enumerate("abc", start=5))
check(lambda: enumerate(iterable="ab", start=5))
check(lambda: enumerate([], 3))
check(lambda: enumerate("ab", True))
check(lambda: enumerate("ab", 2**64))
check(lambda: enumerate("ab", 9223372036854775806))
check(lambda: enumerate())
check(lambda: enumerate(start=1))
check(lambda: enumerate("a", 1, 2))
check(lambda: enumerate("a", 1, start=2))
check(lambda: enumerate("a", foo=2))
check(lambda: enumerate("a", iterable=2))
check(lambda: enumerate(5))
check(lambda: enumerate("a", 1.5))
check(lambda: enumerate(5, 1.5))
check(lambda: enumerate("a", "1"))

e = enumerate([10, 20, 30])
print(iter(e) is e, next(e), next(e), next(e), next(e, "end"))
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(type(e).__name__, isinstance(e, enumerate), type(enumerate) is type)

class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return v, i
check(lambda: E("xy", 1))
x = E("q")
x.note = "attr"
print(x.note, next(x))

for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
d = dict(enumerate("abc"))
print(d)
