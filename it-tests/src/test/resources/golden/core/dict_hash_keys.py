# User-defined keys: __hash__ and __eq__ decide identity in a dict; mutating a key breaks lookups.

class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Coord({self.x}, {self.y})"


board = {Coord(0, 0): "rook", Coord(0, 1): "knight"}
print(board[Coord(0, 0)], Coord(0, 1) in board, Coord(5, 5) in board, len(board))
key = Coord(3, 3)
board[key] = "queen"
key.x = 4
print(key in board, Coord(3, 3) in board, Coord(4, 3) in board, list(board.values()))


class CollidingHash:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, CollidingHash) and self.name == other.name

    def __repr__(self):
        return self.name


d = {CollidingHash(n): i for i, n in enumerate("abcde")}
print(d, d[CollidingHash("c")], len(d))


class IdentityOnly:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"Id({self.tag})"


a, b = IdentityOnly(1), IdentityOnly(1)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])


class EqNoHash:
    def __eq__(self, other):
        return True


try:
    {EqNoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash.__hash__)


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError:", e)
