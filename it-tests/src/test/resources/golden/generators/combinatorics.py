# Recursive generators for permutations, combinations, subsets, partitions and n-queens.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm


def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest


def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


def product(*pools):
    if not pools:
        yield ()
        return
    for head in pools[0]:
        for rest in product(*pools[1:]):
            yield (head,) + rest


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations("abcde", 2)))
print(list(combinations(range(5), 4)), list(combinations([], 0)))
print(sorted(subsets([1, 2, 3])))
print(list(partitions(6)))
print(sum(1 for _ in partitions(20)))
solutions = queens(6)
print(next(solutions), next(solutions))
print("8 queens:", sum(1 for _ in queens(8)))
first = next(queens(8))
for r, c in enumerate(first):
    print("  " + "." * c + "Q" + "." * (7 - c))
print(list(product("ab", [0, 1], "x")))
print(len(list(product(range(3), repeat_safe := range(3), range(2)))), list(repeat_safe))
