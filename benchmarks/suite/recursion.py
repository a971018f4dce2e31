# recursion: deep and wide recursive calls — naive Fibonacci, Ackermann,
# Takeuchi, Towers of Hanoi, mutual recursion, and building and walking
# binary trees made of tuples. Call overhead dominates. Depths stay well
# under the default recursion limit of 1000.

FIB = 27
ROUNDS = 24


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    hanoi(n - 1, spare, target, source, moves)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def tree_sum(node):
    if node is None:
        return 0
    left, value, right = node
    return tree_sum(left) + value + tree_sum(right)


def tree_height(node):
    if node is None:
        return 0
    return 1 + max(tree_height(node[0]), tree_height(node[2]))


def main():
    results = []
    for _ in range(ROUNDS):
        moves = [0] * 9
        hanoi(16, 0, 2, 1, moves)
        tree = make_tree(15)
        parity = 0
        for k in range(300, 900, 7):
            if is_even(k):
                parity += 1
        results.append((fib(FIB), ackermann(2, 300), ackermann(3, 5), tak(18, 12, 6),
                        sum(moves), moves, parity, tree_sum(tree), tree_height(tree)))
    print("rounds agree:", results.count(results[0]) == ROUNDS)
    print(results[0])


main()
