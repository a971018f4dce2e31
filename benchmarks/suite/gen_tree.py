# requires: generators
# gen_tree: recursive `yield from` over a binary search tree: in-order, pre-order and
# post-order walks, a depth-annotated walk and a merge of two in-order streams. The trees are
# persistent: nodes are (left, key, right) tuples built by a recursive insert.

KEYS = 5000
ROUNDS = 70


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state


def insert(node, key):
    """Persistent insert: nodes are (left, key, right) tuples, so each insert copies one path."""
    if node is None:
        return (None, key, None)
    left, k, right = node
    if key < k:
        return (insert(left, key), k, right)
    return (left, k, insert(right, key))


def inorder(node):
    if node is not None:
        left, key, right = node
        yield from inorder(left)
        yield key
        yield from inorder(right)


def preorder(node):
    if node is not None:
        yield node[1]
        yield from preorder(node[0])
        yield from preorder(node[2])


def postorder(node):
    if node is not None:
        yield from postorder(node[0])
        yield from postorder(node[2])
        yield node[1]


def with_depth(node, depth):
    if node is not None:
        left, key, right = node
        yield from with_depth(left, depth + 1)
        yield depth, key
        yield from with_depth(right, depth + 1)


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def build(seed):
    rng = Lcg(seed)
    root = None
    for _ in range(KEYS):
        root = insert(root, rng.next() % 1000000)
    return root


def main():
    check = 0
    for r in range(ROUNDS):
        t1 = build(2 * r + 1)
        t2 = build(2 * r + 2)
        ordered = 0
        for i, k in enumerate(inorder(t1)):
            ordered = (ordered * 31 + k + i) % 1000000007
        pre = sum(k % 97 for k in preorder(t1))
        post = 0
        for k in postorder(t2):
            post = (post * 7 + k) % 1000003
        depth_total = 0
        deepest = 0
        for d, k in with_depth(t2, 0):
            depth_total += d
            if d > deepest:
                deepest = d
        merged = 0
        previous = -1
        for k in merge(inorder(t1), inorder(t2)):
            if k < previous:
                merged = -1
                break
            merged += 1
            previous = k
        if r % 10 == 0:
            print("round", r, ordered, pre, post, depth_total, deepest, merged)
        check = (check + ordered + pre + post + depth_total + merged) % 1000000007
    print("checksum:", check)


main()
