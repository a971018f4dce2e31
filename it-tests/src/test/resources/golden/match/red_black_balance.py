# Okasaki's red-black tree insertion, where balancing is four nested class patterns in one case.
class Node:
    __match_args__ = ("color", "left", "key", "right")

    def __init__(self, color, left, key, right):
        self.color = color
        self.left = left
        self.key = key
        self.right = right


class C:
    R = "R"
    B = "B"


R, B = C.R, C.B


def balance(node):
    match node:
        case (Node(C.B, Node(C.R, Node(C.R, a, x, b), y, c), z, d)
              | Node(C.B, Node(C.R, a, x, Node(C.R, b, y, c)), z, d)
              | Node(C.B, a, x, Node(C.R, Node(C.R, b, y, c), z, d))
              | Node(C.B, a, x, Node(C.R, b, y, Node(C.R, c, z, d)))):
            return Node(R, Node(B, a, x, b), y, Node(B, c, z, d))
        case _:
            return node


def insert(tree, key):
    def ins(t):
        match t:
            case None:
                return Node(R, None, key, None)
            case Node(color, left, k, right) if key < k:
                return balance(Node(color, ins(left), k, right))
            case Node(color, left, k, right) if key > k:
                return balance(Node(color, left, k, ins(right)))
            case _:
                return t
    root = ins(tree)
    return Node(B, root.left, root.key, root.right)


def show(t):
    match t:
        case None:
            return "."
        case Node(c, None, k, None):
            return f"{c}{k}"
        case Node(c, l, k, r):
            return f"({show(l)} {c}{k} {show(r)})"


def black_height(t):
    match t:
        case None:
            return 1
        case Node(c, l, _, r):
            hl, hr = black_height(l), black_height(r)
            if hl != hr or hl == 0:
                return 0
            return hl + (1 if c == B else 0)


def no_red_red(t):
    match t:
        case None:
            return True
        case Node(C.R, Node(C.R, _, _, _), _, _) | Node(C.R, _, _, Node(C.R, _, _, _)):
            return False
        case Node(_, l, _, r):
            return no_red_red(l) and no_red_red(r)


def inorder(t):
    match t:
        case None:
            return []
        case Node(_, l, k, r):
            return inorder(l) + [k] + inorder(r)


tree = None
for k in [5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 10, 11, 12]:
    tree = insert(tree, k)
    print(f"insert {k:2}: {show(tree)}")
print("black height:", black_height(tree), "no red-red:", no_red_red(tree))
print("in order:", inorder(tree))
tree = None
for k in range(1, 64):
    tree = insert(tree, k)
print("sequential 63 keys: black height", black_height(tree), "valid", no_red_red(tree), "root", tree.key)
