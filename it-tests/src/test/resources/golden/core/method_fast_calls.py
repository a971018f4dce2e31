# built-in method calls with positional arguments and defaults, str % with odd right operands,
# str() and repr() of bools and floats through formatting
s = "alpha,beta,,gamma"
print(s.split(","), s.split(",", 1), s.split(), "a b  c".split(None, 1))
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.startswith("al"), s.startswith("be", 6),
      s.startswith("be", 6, 7), s.endswith("ma"), s.endswith(("x", "ma")))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.strip("a"), s.rstrip("amg"), s.count("a", 2))
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 5), d.pop("a", 0), d.pop("a", 0), d.setdefault("k", []))
l = [3, 1, 2]
l.insert(0, 9)
l.append(4)
print(l.index(2), l.index(1, 1, 4), l.pop(), l.pop(0), l)
for bad in [lambda: s.startswith(), lambda: s.find("a", 1, 2, 3), lambda: s.split(1),
            lambda: d.get(), lambda: l.insert(1), lambda: s.replace("a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class C:
    up = str.upper
    app = list.append


try:
    C().up()
except TypeError as e:
    print("TypeError:", e)
try:
    C().app(1)
except TypeError as e:
    print("TypeError:", e)
print(str.upper("x"), list.append.__name__, str.startswith("abc", "a", 0, 2))


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__(%r)" % (other,)


class R:
    def __rmod__(self, other):
        return "R.__rmod__"

    def __repr__(self):
        return "R()"


print("%s" % S("x"), "%s and %s" % (True, False), "%r %s" % (1.5, 1e22), "%s" % R(), "x" % S("y"))
print("%d|%5.2f|%-6s|%r" % (True, 2.5, False, 0.1 + 0.2), "%s" % (float("inf"),), repr(-0.0), str(True))
print("[%s]" % [True, 1.0], f"{True!s} {2.0!r}", "%(a)s" % {"a": False})
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


class D(dict):
    def __missing__(self, key):
        return "missing"


class G(dict):
    def get(self, key, default=None):
        return ("G.get", key, default)


ll = L()
ll.append(1)
dd = D(a=1)
print(ll, type(ll).__name__, dd.get("a"), dd.get("zz"), dd["zz"], dd.get("zz", 7), G().get(1), G().get(1, 2))
for bad in [lambda: {}.get([]), lambda: {}.get([], 1), lambda: [].append(), lambda: [].append(1, 2),
            lambda: C().app(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
