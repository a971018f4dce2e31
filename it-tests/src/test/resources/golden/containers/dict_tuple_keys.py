# dicts keyed by tuples: item equality by identity then ==, user __eq__ calls, lengths
nan = float("nan")
d = {(nan, "a"): 1, ("x", "y"): 2, (1, 2.0): 3}
print(d.get((nan, "a")), d.get((float("nan"), "a")), d.get(("x", "y")), d.get((1.0, 2)), d.get((True, 2)))


class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v


e = {(K(1, 5), 7): "first", (K(2, 5), 7): "second"}
print(e[(K(2, 5), 7)], (K(3, 5), 7) in e, e.get((7, K(1, 5))))


class Same:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        return True


f = {(Same(), 1): "a"}
print(f.get((Same(), 1)), f.get((Same(), 2)), f.get((Same(),)), len({(1,): 1, (1, 2): 2}))
counts = {}
words = ["ab", "cd", "ab", "cd", "ab"]
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    counts[key] = counts.get(key, 0) + 1
print(counts)
