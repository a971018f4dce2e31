# A "<" that raises after k comparisons: the exception propagates and the list is left as
# CPython's timsort leaves it (a permutation of the input, partly merged), with and without a
# key function and with reverse=True (the list is reversed back).


class Boom(Exception):
    pass


class V:
    budget = [0]

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        b = V.budget
        b[0] -= 1
        if b[0] == 0:
            raise Boom("comparison %d<%d" % (self.i, other.i))
        return self.v < other.v

    def __repr__(self):
        return str(self.i)


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.x >> 33) % bound


def checksum(seq):
    h = 0
    for x in seq:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


def total_comparisons(values, **kw):
    items = [V(v, i) for i, v in enumerate(values)]
    V.budget[0] = -1
    items.sort(**kw)
    return -1 - V.budget[0]


def attempt(label, values, k, show, use_key=False, **kw):
    items = [V(v, i) for i, v in enumerate(values)]
    V.budget[0] = k
    try:
        if use_key:
            items.sort(key=lambda x: V(x.v, x.i), **kw)
        else:
            items.sort(**kw)
        outcome = "finished"
    except Boom as e:
        outcome = "Boom: %s" % e
    order = [x.i for x in items]
    assert sorted(order) == list(range(len(values)))
    if show:
        print(label, k, outcome, order)
    else:
        print(label, k, outcome, checksum(order), order[:12])


rng = Lcg(31337)
small = [rng.next(10) for _ in range(12)]
total = total_comparisons(small)
print("small", small, total)
for k in range(1, total + 2):
    attempt("small", small, k, True)
for k in (1, 3, 8, 15, 22):
    attempt("small rev", small, k, True, reverse=True)
    attempt("small key", small, k, True, use_key=True)

# long enough for runs, binary insertion, merges with galloping (merge_lo and merge_hi)
cases = {
    "random": [rng.next(1000) for _ in range(300)],
    "two runs": sorted(rng.next(500) for _ in range(120)) + sorted(rng.next(500) for _ in range(200)),
    "runs hi": sorted(rng.next(500) for _ in range(260)) + sorted(rng.next(500) for _ in range(70)),
    "blocks": [j + 100 * (i % 3) for i in range(6) for j in range(50)],
}
for label, values in cases.items():
    total = total_comparisons(values)
    print(label, len(values), "comparisons:", total)
    ks = sorted(set([1, 2, 64, 65, 100, total // 4, total // 3, total // 2, 2 * total // 3,
                     total - 20, total - 5, total - 1, total]))
    for k in ks:
        attempt(label, values, k, False)
    for k in (total // 2, total - 3):
        attempt(label + " key", values, k, False, use_key=True)
        attempt(label + " rev", values, k, False, reverse=True)

# every k on a merge-heavy input
values = [i % 40 for i in range(0, 200, 3)] + [i % 50 for i in range(100)]
total = total_comparisons(values)
print("sweep", len(values), total)
sums = []
for k in range(1, total + 1):
    items = [V(v, i) for i, v in enumerate(values)]
    V.budget[0] = k
    try:
        items.sort()
    except Boom:
        pass
    sums.append(checksum([x.i for x in items]))
print(checksum(sums), sums[:5], sums[-5:])
