class R:
    def __init__(self, seed):
        self.s = seed
    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.s >> 11) % (b - a)
    def choice(self, seq):
        return seq[self.randrange(len(seq))]
r = R(5)
for trial in range(30):
    n = r.randrange(0, 60) if trial % 2 else r.randrange(200, 900)
    L = r.choice([1, 2, 3, 4, 5])
    span = r.choice([3, 1000, 2**31, 2**32, 2**40, 2**62])
    items = [tuple(r.randrange(-span, span) for _ in range(L)) for _ in range(n)]
    tagged = [(t, i) for i, t in enumerate(items)]
    a = sorted(items)
    b = sorted(items, reverse=True)
    c = [x[1] for x in sorted(tagged, key=lambda p: p[0])]
    d = [x[1] for x in sorted(tagged, key=lambda p: p[0], reverse=True)]
    print(trial, n, sum(i * x for i, x in enumerate(c)), sum(i * x for i, x in enumerate(d)), hash(tuple(a)) == hash(tuple(sorted(items, key=lambda t: list(t)))), c == sorted(range(n), key=lambda i: items[i]), d[:5], a[:2], b[:2])
mixed = [(1, 2), (1,), (0, 5, 1), (1, 2, 3), (1, 2)]
print(sorted(mixed))
print(sorted([(True, 1), (0, 2), (1, 0)]))
print(sorted([(1, 2.5), (1, 2)]))
print(sorted([(-2**31, 0), (2**31 - 1, 0), (0, -2**31)], reverse=True))

for trial in range(12):
    n = 300 + trial * 50
    span = [1, 2, 5, 2**11, 2**22, 2**32, 2**33 - 1, 2**33, 2**63 - 1, 2**64, 7, 100][trial]
    items = [r.randrange(-span, span + 1) if trial != 8 else r.choice([-2**63, 2**63 - 1, 0]) for _ in range(n)]
    tagged = [(v, i) for i, v in enumerate(items)]
    keyed = sorted(range(n), key=lambda i: items[i])
    rkeyed = sorted(range(n), key=lambda i: items[i], reverse=True)
    print(trial, sum(i * x for i, x in enumerate(keyed)), sum(i * x for i, x in enumerate(rkeyed)),
          sorted(items)[:3], sorted(items, reverse=True)[:3], sorted(tagged, reverse=True)[:2])
