# Membership, index, count and remove use ==, with an identity shortcut first.

values = [1, 1.0, True, "1", (1,), [1], 2 - 1, 1 + 0j]
print(values.count(1), values.count(True), values.count("1"), values.index(1.0), values.index(True))
print(1 in values, [1] in values, (1,) in values, 0 in values)
copy = values[:]
copy.remove(True)
print(copy)


class Noisy:
    def __init__(self, name, eq_all=False):
        self.name = name
        self.eq_all = eq_all

    def __eq__(self, other):
        print(f"   {self.name}.__eq__ called")
        return self.eq_all

    def __repr__(self):
        return self.name

    __hash__ = None


a = Noisy("a")
b = Noisy("b", eq_all=True)
lst = [a, b]
print("a in lst:", a in lst)
print("Noisy('c') in lst:", Noisy("c") in lst)
print("index of a:", lst.index(a))
print("count of b:", lst.count(b))
print("lst == [a, b]:", lst == [a, b])
print("lst == [Noisy('x'), b]:", lst == [Noisy("x"), b])

nan = float("nan")
nans = [nan, float("nan")]
print(nan in nans, nans.count(nan), nans.index(nan), float("nan") in nans)
try:
    nans.index(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print([1, 2, 3].index(3, -1), [1, 2, 1, 2].index(2, 2), [3, 3, 3].count(3))
