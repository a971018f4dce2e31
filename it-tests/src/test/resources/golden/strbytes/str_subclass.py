# Subclasses of str: methods return plain str, special methods can be overridden, attributes work.
class Tag(str):
    def __new__(cls, value, kind="plain"):
        obj = super().__new__(cls, value.strip())
        obj.kind = kind
        return obj

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.kind!r})"

t = Tag("  hello  ", "greeting")
print(t, repr(t), t.kind, len(t), t.upper(), type(t.upper()).__name__, type(t[1:]).__name__, type(t + "x").__name__)
print(t == "hello", t.startswith("he"), t.split("l"), [type(p).__name__ for p in t.split("l")], isinstance(t, str))
print(f"{t}", f"{t!r}", "%s|%r" % (t, t), "{0}|{0!r}".format(t), format(t, ">8"), str(t), type(str(t)).__name__)

class Shout(str):
    def __str__(self):
        return self.upper() + "!"

    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"

s = Shout("hey")
print(s, str(s), f"{s}", f"{s:>5}", "%s" % s, "{}".format(s), format(s), s + "!", s * 2, type(s * 2).__name__)

class Named(str):
    __slots__ = ()

n = Named("slotted")
print(n, n.title())
try:
    n.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Tag("b"), Tag("a")]), {Tag("k"): 1}["k"], "k" in {Tag("k")}, hash(Tag("z")) == hash("z"))
print(Tag.__mro__[1].__name__, type(Tag("q").lower()).__name__, Tag("a b").title(), Tag("xy").center(6, "*"))
