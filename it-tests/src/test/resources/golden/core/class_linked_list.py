# A doubly linked list with the sequence protocol: len, iteration, indexing, reversed, in, ==, repr.

class _Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = _Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = _Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return iter(self._values())

    def _values(self):
        out, node = [], self.head
        while node:
            out.append(node.value)
            node = node.next
        return out

    def __reversed__(self):
        out, node = [], self.tail
        while node:
            out.append(node.value)
            node = node.prev
        return iter(out)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and self._values() == other._values()

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self._values())) + "])"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.appendleft(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], list(reversed(ll)), 3 in ll, 9 in ll, sum(ll))
ll[1] = "one"
del ll[0]
del ll[-1]
print(ll, len(ll), list(ll), ll == LinkedList(["one", 2, 3]), ll == [1])
for i in (5, -5):
    try:
        ll[i]
    except IndexError as e:
        print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty), bool(ll))
