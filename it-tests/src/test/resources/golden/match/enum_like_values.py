# Value patterns over a hand-written enum-like class (no enum module), with members compared by
# identity-based __eq__, reverse lookup, and exhaustive handling.
class EnumMember:
    def __init__(self, owner, name, value):
        self.owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return f"<{self.owner}.{self.name}: {self.value}>"

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash((self.owner, self.name))


def make_enum(cls_name, **members):
    namespace = {}
    cls = type(cls_name, (), namespace)
    for name, value in members.items():
        setattr(cls, name, EnumMember(cls_name, name, value))
    cls.members = [getattr(cls, n) for n in members]
    return cls


Suit = make_enum("Suit", CLUBS=1, DIAMONDS=2, HEARTS=3, SPADES=4)
Rank = make_enum("Rank", JACK=11, QUEEN=12, KING=13, ACE=14)


def color(suit):
    match suit:
        case Suit.HEARTS | Suit.DIAMONDS:
            return "red"
        case Suit.CLUBS | Suit.SPADES:
            return "black"
        case _:
            raise ValueError(f"not a suit: {suit!r}")


def card_name(card):
    match card:
        case (Rank.ACE, Suit.SPADES):
            return "the ace of spades!"
        case (Rank.JACK | Rank.QUEEN | Rank.KING as face, suit):
            return f"{face.name.lower()} of {suit.name.lower()} ({color(suit)})"
        case (int(n), suit) if 2 <= n <= 10:
            return f"{n} of {suit.name.lower()}"
        case (Rank.ACE, suit):
            return f"ace of {suit.name.lower()}"
        case _:
            return f"invalid card {card!r}"


print([color(s) for s in Suit.members])
cards = [(Rank.ACE, Suit.SPADES), (Rank.QUEEN, Suit.HEARTS), (7, Suit.CLUBS), (Rank.ACE, Suit.DIAMONDS),
         (1, Suit.CLUBS), (Rank.KING, Suit.SPADES), (11, Suit.HEARTS), ("A", "S")]
for c in cards:
    print(card_name(c))
try:
    color(3)
except ValueError as e:
    print("ValueError:", e)
print(Suit.HEARTS == Suit.HEARTS, Suit.HEARTS == 3, Rank.JACK.value, Suit.members[1])
