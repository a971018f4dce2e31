# Inconsistent "<" results (random answers from a seeded LCG, always True, always False, a
# cycle): list.sort never fails, and the order it produces is CPython's timsort's.


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.x >> 33) % bound


class Coin:
    rng = Lcg(1)
    count = [0]

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        Coin.count[0] += 1
        return Coin.rng.next(2) == 1


class Biased(Coin):
    """Mostly consistent (by index), sometimes wrong: long runs, galloping, then surprises."""

    def __lt__(self, other):
        Coin.count[0] += 1
        if Coin.rng.next(50) == 0:
            return self.i > other.i
        return (self.i * 7919) % 1000 < (other.i * 7919) % 1000


class Always(Coin):
    answer = True

    def __lt__(self, other):
        Coin.count[0] += 1
        return Always.answer


def checksum(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


for seed in (1, 2, 3):
    for n in (2, 3, 5, 8, 13, 21, 34, 64, 65, 100, 250, 1000, 2000):
        for cls in (Coin, Biased):
            Coin.rng = Lcg(seed * 1000 + n)
            Coin.count[0] = 0
            items = [cls(i) for i in range(n)]
            items.sort(reverse=(seed == 3))
            order = [x.i for x in items]
            assert sorted(order) == list(range(n))
            if n <= 34:
                print(cls.__name__, seed, n, Coin.count[0], order)
            else:
                print(cls.__name__, seed, n, Coin.count[0], checksum(order), order[:10])

for answer in (True, False):
    Always.answer = answer
    for n in (5, 70, 1000):
        Coin.count[0] = 0
        items = [Always(i) for i in range(n)]
        items.sort()
        order = [x.i for x in items]
        print("always", answer, n, Coin.count[0], checksum(order), order[:10])

# keys that are "less" in a cycle: rock < paper < scissors < rock
beats = {("rock", "paper"), ("paper", "scissors"), ("scissors", "rock")}


class Hand:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return (self.name, other.name) in beats

    def __repr__(self):
        return self.name


hands = [Hand(n) for n in ["rock", "paper", "scissors", "paper", "rock", "scissors", "rock"] * 3]
print(sorted(hands))
print(sorted(hands, reverse=True))

# NaN makes float "<" inconsistent too: the fast float comparison must order like CPython's
rng = Lcg(5)
nan = float("nan")
for n in (10, 40, 100, 1000):
    values = [nan if rng.next(5) == 0 else float(rng.next(100)) for _ in range(n)]
    out = sorted(values)
    print("nan", n, [i for i, x in enumerate(out) if x != x][:20], checksum(int(x) for x in out if x == x))
    out = sorted(values, reverse=True)
    print("nan rev", n, [i for i, x in enumerate(out) if x != x][:20])
    pairs = sorted((x, i % 3) for i, x in enumerate(values))
    print("nan tuples", n, [i for i, p in enumerate(pairs) if p[0] != p[0]][:20])
