class S(set):
    pass

class T(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return "T<" + self.tag + ">" + set.__repr__(self)

s = S([3, 1, 2])
print(s, repr(S()), type(s).__name__)
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__)
print(type(s.copy()).__name__, type(s.union()).__name__, type(s.intersection()).__name__)
s |= {4}
print(type(s).__name__, s)
t = T([5, 6], "x")
print(t, t.tag, len(t))
print(t == {5, 6}, {5, 6} == t, isinstance(t, set))

class Reversed(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))
r = Reversed([1, 2, 3])
print(r, list(r))
print(set(r), sorted(r))

class FS(frozenset):
    def extra(self):
        return len(self) * 10
fs = FS([1, 2, 3])
print(fs, fs.extra(), type(fs | {4}).__name__, hash(fs) == hash(frozenset([1, 2, 3])))
print(repr(FS()))

class WithEq(set):
    def __eq__(self, other):
        return "custom"
    __hash__ = None
print(WithEq([1]) == {1}, {1} == WithEq([1]))

class Rop(set):
    def __ror__(self, other):
        return "Rop.__ror__"
print({1} | Rop([2]), Rop([2]) | {1})
