# Recursive functions: factorial, Fibonacci with memo, Hanoi, permutations, subsets, flood fill.

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print([factorial(n) for n in range(10)], factorial(30))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:7])


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out


print(permutations([1, 2, 3]), len(permutations(list("abcde"))))


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(301))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
grid = ["#########", "#...#...#", "#.#.#.#.#", "#.#...#.#", "#########"]
cells = [list(row) for row in grid]


def fill(r, c):
    if cells[r][c] != ".":
        return 0
    cells[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)


print(fill(1, 1))
print("\n".join(["".join(row) for row in cells]))


def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max([depth(x) for x in nested] or [0])


print(depth([1, [2, [3, [4]], []]]), depth([]), depth(5))
