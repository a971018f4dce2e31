class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def map[U](self, f) -> "Box[U]":
        return Box(f(self.item))

class Pair[K, V](dict, metaclass=type):
    first: K
    second: V
