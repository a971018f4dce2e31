# Set membership relies on __hash__ and __eq__; equal numbers of different types are one element.

print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2, 2.0} == {2}, len({1, True, 1.0, 1 + 0j}))


class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"


hand = {Card(10, "h"), Card(10, "h"), Card(2, "s"), Card(14, "d")}
print(len(hand), Card(2, "s") in hand, Card(3, "s") in hand, sorted(hand, key=lambda c: (c.suit, c.rank)))
hand.discard(Card(10, "h"))
print(sorted(hand, key=lambda c: c.rank))


class Unhashable:
    def __eq__(self, other):
        return True


try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)


class Counting:
    eq_calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        Counting.eq_calls += 1
        return self.v == other.v


items = {Counting(i) for i in range(9)}
print(len(items), Counting(4) in items, Counting(40) in items, Counting.eq_calls > 0)
print(sorted([c.v for c in items]))
