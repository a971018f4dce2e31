print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 2]), all([1, 0]))
print(any(range(0)), all(range(1, 5)), any("a"), all(""), any({0: 1}), all({0: 1}))
try:
    any(5)
except TypeError as e:
    print(e)
try:
    all()
except TypeError as e:
    print(e)

class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return bool(self.v)
print(any([Loud(0), Loud(1), Loud(2)]))
print(all([Loud(1), Loud(0), Loud(2)]))

class Bad:
    def __bool__(self):
        return 1
try:
    any([Bad()])
except TypeError as e:
    print(e)

data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(sorted(data), key=lambda t: t[1]))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True), sorted("cba"), sorted({3, 1, 2}))
print(sorted([1, 2, 3], key=lambda x: 0), sorted([1, 2, 3], key=lambda x: 0, reverse=True))
original = [3, 1, 2]
copy = sorted(original)
print(original, copy, copy is original)
print(sorted([-1, 1, -2, 2], key=abs), sorted([-1, 1, -2, 2], key=abs, reverse=True))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), ()], reverse=True))
