# repr of sets and frozensets, including empty ones and subclasses.

print(set(), frozenset(), {1}, frozenset({1}), {(1, 2)}, {None}, {1.5}, {b"x"}, {frozenset()})
print(repr({0}), str({-1}), f"{ {2} }", "%s" % ({3},), "{}".format({4}))
print([set(), {5}], {"k": frozenset({6})}, (frozenset(),))


class Tags(set):
    def __repr__(self):
        return "Tags(" + ", ".join(sorted([str(x) for x in self])) + ")"


class Plain(set):
    pass


print(Tags({"b", "a"}), Plain({1}), Plain(), repr(Plain([2, 3])))


class FrozenPlain(frozenset):
    pass


print(FrozenPlain({9}), FrozenPlain())
print(sorted({"zeta", "alpha", "mu"}), ", ".join(sorted({"x", "y"})))
print(len(repr(set(range(100)))), repr(set(range(10))))
