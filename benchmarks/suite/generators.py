# requires: generators
# generators: lazy pipelines of generator functions (source, filter, map,
# windowing, take), generators driven by hand with next(), and recursive
# `yield from` walks over a binary search tree, in order and level by level.

N = 60000
ROUNDS = 80


def numbers(start, stop):
    n = start
    while n < stop:
        yield n
        n += 1


def only(pred, items):
    for item in items:
        if pred(item):
            yield item


def mapped(fn, items):
    for item in items:
        yield fn(item)


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def take(n, items):
    if n <= 0:
        return
    for item in items:
        yield item
        n -= 1
        if n == 0:
            return


def pipeline(n):
    evens = only(lambda v: v % 3 != 0, numbers(0, n))
    squares = mapped(lambda v: v * v % 1009, evens)
    total = 0
    count = 0
    for w in take(n // 2, windows(squares, 4)):
        total += w[0] - w[3] + w[1] * w[2] % 7
        count += 1
    return count, total


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def manual_next(n):
    gen = fibonacci()
    total = 0
    for _ in range(n // 10):
        total = (total + next(gen)) % 1000000007
    gen.close()
    return total


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def by_depth(node, depth):
    if node is not None:
        yield from by_depth(node.left, depth + 1)
        yield depth
        yield from by_depth(node.right, depth + 1)


def tree_walks(n, seed):
    root = None
    state = seed
    for _ in range(n // 10):
        state = (state * 1103515245 + 12345) % 2147483648
        root = insert(root, state >> 12)
    keys = list(in_order(root))
    ordered = True
    for i in range(1, len(keys)):
        if keys[i - 1] > keys[i]:
            ordered = False
    depths = 0
    deepest = 0
    for d in by_depth(root, 0):
        depths += d
        if d > deepest:
            deepest = d
    return len(keys), ordered, keys[len(keys) // 2], depths, deepest


def main():
    results = []
    for r in range(ROUNDS):
        results.append((pipeline(N + 2 * r), manual_next(N + 10 * r), tree_walks(N, r)))
    print("last round:", results[-1])
    print("pipeline totals:", sum([p[1] for p, f, t in results]),
          "fib sum:", sum([f for p, f, t in results]) % 1000000007,
          "tree depth sum:", sum([t[3] for p, f, t in results]))


main()
