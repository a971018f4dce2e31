# Sequence repetition: list, tuple and str times int in both orders, counts <= 0, nested lists
# sharing their rows, subclasses with their own __mul__, errors, and in-place *=.
for n in (-2, 0, 1, 2, 3, 5, 7, 8, 9):
    print(n, [1] * n, n * [1, 2], (3,) * n, n * (4, 5, 6), "ab" * n, n * "c", [] * n, () * n, "" * n)
print([None] * 3, [[0] * 2] * 2, [True] * True, (1,) * False)
x = [[0] * 3] * 2
x[0][0] = 9
print(x)
t = (1, 2)
print(t * 1 is t, len([0] * 1000), sum([1, 2] * 500), ("x" * 3) * 2)
class L(list):
    def __mul__(self, n):
        return "L.__mul__"
    def __rmul__(self, n):
        return "L.__rmul__"
print(L([1]) * 2, 2 * L([1]))
for bad in ((lambda: [1] * 2.0), (lambda: "a" * "b"), (lambda: (1,) * None), (lambda: [1] * (2 ** 70))):
    try:
        print(bad())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
l = [1, 2]
l *= 2
print(l)
