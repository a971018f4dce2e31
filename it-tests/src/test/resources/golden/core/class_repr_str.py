# __repr__ and __str__: which one each context uses, and the fallbacks between them.

class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly as str"

    def __repr__(self):
        return "StrOnly()"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), str(r), repr(s))
print([b, r, s], (b,), {"k": b}, {b: 1})
print(f"{b} {b!r} {b!s} {r} {s!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str([b]), repr(str(b)), ascii(b), format(b), format(b, ""))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return f"Node({self.value!r}, {self.children!r})"
        return f"Node({self.value!r})"

    def __str__(self):
        return self.render(0)

    def render(self, depth):
        lines = ["  " * depth + str(self.value)]
        for c in self.children:
            lines.append(c.render(depth + 1))
        return "\n".join(lines)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print(repr(tree))
print(tree)


class BadRepr:
    def __repr__(self):
        return 42


class RaisingRepr:
    def __repr__(self):
        raise ValueError("repr exploded")


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str([RaisingRepr()])
except ValueError as e:
    print("ValueError:", e)


class Sub(Both):
    pass


class SubStr(str):
    def __repr__(self):
        return f"SubStr({str.__repr__(self)})"


print(Sub(), repr(Sub()), SubStr("x"), repr(SubStr("x")), [SubStr("y")])
print(type(b).__repr__(b), object.__str__(r), str(type(b)), repr(Both), str(int), repr(None), str(None))
