# Attribute access and calls are not anchored: plain '^' under the failing part.
class Node:
    def __init__(self, parent):
        self.parent = parent


root = Node(None)
leaf = Node(Node(root))
print(leaf.parent.parent.parent is None)
print(leaf.parent.parent.parent.parent.name)
