# A small multiset (bag) class built on a dict, with set-like operators.

class Bag:
    def __init__(self, items=()):
        self.counts = {}
        for item in items:
            self.add(item)

    def add(self, item, n=1):
        self.counts[item] = self.counts.get(item, 0) + n

    def remove(self, item):
        if item not in self.counts:
            raise KeyError(item)
        self.counts[item] -= 1
        if not self.counts[item]:
            del self.counts[item]

    def __len__(self):
        return sum(self.counts.values())

    def __contains__(self, item):
        return item in self.counts

    def __or__(self, other):
        out = Bag()
        for k in {**self.counts, **other.counts}:
            out.add(k, max(self.counts.get(k, 0), other.counts.get(k, 0)))
        return out

    def __and__(self, other):
        out = Bag()
        for k in self.counts:
            n = min(self.counts[k], other.counts.get(k, 0))
            if n:
                out.add(k, n)
        return out

    def __add__(self, other):
        out = Bag()
        for bag in (self, other):
            for k, n in bag.counts.items():
                out.add(k, n)
        return out

    def __eq__(self, other):
        return isinstance(other, Bag) and self.counts == other.counts

    def __repr__(self):
        return "Bag(" + ", ".join([f"{k!r}x{n}" for k, n in sorted(self.counts.items())]) + ")"


a = Bag("mississippi")
b = Bag("misty")
print(a, len(a), "s" in a, "z" in a)
print(a | b, a & b, a + b)
print(a == Bag("ssssiiiimpp"), a == Bag("mississipp"), a != b)
a.remove("s")
print(a)
try:
    a.remove("z")
except KeyError as e:
    print("KeyError:", e)
print(set(a.counts) == set("misp"), sorted(set(a.counts) ^ set(b.counts)))
