# any() and all(): truthiness, empty iterables, and short-circuiting on lazy iterators.

print(any([]), all([]), any([0, 0.0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any({0: "a"}), all({1: 0}), any([[]]), all([[]]), any(range(0)), all(range(1, 5)))
seen = []


def check(x):
    seen.append(x)
    return x > 2


numbers = [1, 3, 0, 5]
print(any(map(check, numbers)), seen)
seen.clear()
print(all(map(check, numbers)), seen)
seen.clear()
print(any([check(n) for n in numbers]), seen, "(a list is built first, so every element is checked)")
words = ["alpha", "beta", "gamma"]
print(all([w.islower() for w in words]), any([w.startswith("b") for w in words]), any([len(w) > 5 for w in words]))
print(all(map(str.isalpha, words)), any(map(str.isdigit, words)))
matrix = [[1, 2], [3, 0], [5, 6]]
print(all(map(all, matrix)), any(map(all, matrix)), [all(row) for row in matrix])


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print(f"   bool(Flag({self.v}))")
        return self.v


print(any([Flag(False), Flag(True), Flag(True)]))
print(all([Flag(True), Flag(False), Flag(True)]))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
try:
    all([1], [2])
except TypeError as e:
    print("TypeError:", e)
