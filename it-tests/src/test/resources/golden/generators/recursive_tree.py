# Recursive generators over trees: in-order, pre-order, post-order, paths and level order.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.key


def paths(node, prefix=()):
    if node is None:
        return
    here = prefix + (node.key,)
    if node.left is None and node.right is None:
        yield here
    yield from paths(node.left, here)
    yield from paths(node.right, here)


def levels(root):
    current = [root] if root else []
    depth = 0
    while current:
        yield depth, [n.key for n in current]
        nxt = []
        for n in current:
            for child in (n.left, n.right):
                if child:
                    nxt.append(child)
        current = nxt
        depth += 1


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


seed = 12345
root = None
keys = []
for _ in range(25):
    seed = (seed * 1103515245 + 12345) % 2147483648
    k = seed % 100
    keys.append(k)
    root = insert(root, k)
print("keys", keys)
print("in  ", list(inorder(root)))
print("pre ", list(preorder(root)))
print("post", list(postorder(root)))
print("height", height(root))
for p in paths(root):
    print("path", " -> ".join(map(str, p)))
for depth, row in levels(root):
    print("level", depth, row)


def nested_lists(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from nested_lists(item)
    else:
        yield obj


data = [1, [2, [3, [4, [5]]], 6], [[[[7]]]], [], 8, [9, [10]]]
print(list(nested_lists(data)))


def tree_size_gen(node):
    if node is None:
        return 0
    left = yield from tree_size_gen(node.left)
    yield node.key
    right = yield from tree_size_gen(node.right)
    return left + right + 1


g = tree_size_gen(root)
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        print("size via return values:", e.value, "items seen:", len(seen))
        break


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)


other = None
for k in [50, 3, 77, 41, 90, 12]:
    other = insert(other, k)
print("merged", list(merge(inorder(root), inorder(other))))
