# An AttributeError in the middle of an attribute chain; the carets point at the failing part.

def depth(node):
    n = 0
    while node is not None:
        n += 1
        node = node.parent
    return n


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


root = Node("root")
child = Node("child", root)
leaf = Node("leaf", child)
print(leaf.parent.name, leaf.parent.parent.name)
print(leaf.parent.parent.parent)
path = [leaf.name, leaf.parent.name, leaf.parent.parent.name]
print("/".join(reversed(path)))
print(leaf.parent.parent.parent.name.upper())
