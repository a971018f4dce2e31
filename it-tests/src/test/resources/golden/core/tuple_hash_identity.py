# Tuple equality, hashing rules and behaviour with mutable and unhashable contents.

a = (1, 2, (3, 4))
b = (1, 2, (3, 4))
print(a == b, hash(a) == hash(b), a is a, a != (1, 2, [3, 4]))
print(hash(()), hash((0,)) == hash((0.0,)), hash((1, "x")) == hash((1, "x")), hash((-1,)) != hash((-2,)))
print(len({(1, 2), (1, 2), (2, 1)}), {(1, 2): "first", (1.0, 2): "second"})
for value in ((1, [2]), ([],), ({},), (1, (2, {3}))):
    try:
        print(hash(value))
    except TypeError as e:
        print("TypeError:", e)
frozen = (1, frozenset({2, 3}), ("nested",))
print(hash(frozen) == hash((1, frozenset({3, 2}), ("nested",))))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        print(f"   hash({self.k})")
        return hash(self.k)

    def __repr__(self):
        return f"Key({self.k!r})"


t = (Key(1), Key("two"))
print("hashing a tuple hashes its items:")
h = hash(t)
print(h == hash((Key(1), Key("two"))))
d = {t: "value"}
print("lookup:", d[(Key(1), Key("two"))])
print((1, 2) + (3,), (1,) * 3, ((1, 2) * 0) == (), tuple(reversed((1, 2, 3))))
