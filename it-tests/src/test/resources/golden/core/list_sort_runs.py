# list.sort as CPython's timsort: the number and order of "<" calls for random and structured
# inputs of many sizes (runs, minrun boundaries, galloping merges), and the results.

MOD = 2305843009213693951


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.x >> 33) % bound


class K:
    """A value that counts and fingerprints the comparisons made on it."""
    stats = [0, 0]

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        s = K.stats
        s[0] += 1
        s[1] = (s[1] * 1000003 + self.i * 4099 + other.i) % MOD
        return self.v < other.v


def make(pattern, n, rng):
    if pattern == "random":
        return [rng.next(1000000) for _ in range(n)]
    if pattern == "few":
        return [rng.next(4) for _ in range(n)]
    if pattern == "sorted":
        return list(range(n))
    if pattern == "reversed":
        return list(range(n, 0, -1))
    if pattern == "sawtooth":
        return [i % 37 for i in range(n)]
    if pattern == "organ":
        return [i if i < n // 2 else n - i for i in range(n)]
    if pattern == "sorted_tail":
        v = list(range(n))
        return v[: n - n // 10] + [rng.next(n + 1) for _ in range(n // 10)]
    if pattern == "swapped":
        v = list(range(n))
        if n > 2:
            a = rng.next(n)
            b = rng.next(n)
            v[a], v[b] = v[b], v[a]
        return v
    if pattern == "desc_equal":
        return [(n - i) // 3 for i in range(n)]
    if pattern == "interleave":
        half = n // 2
        return [2 * i for i in range(half)] + [2 * i + 1 for i in range(n - half)]
    if pattern == "runs":
        v = []
        while len(v) < n:
            start = rng.next(1000)
            length = 1 + rng.next(90)
            step = 1 if rng.next(2) else -1
            v.extend(start + step * j for j in range(length))
        return v[:n]
    raise ValueError(pattern)


def checksum(seq):
    h = 0
    for x in seq:
        h = (h * 31 + x) % MOD
    return h


PATTERNS = ["random", "few", "sorted", "reversed", "sawtooth", "organ", "sorted_tail",
            "swapped", "desc_equal", "interleave", "runs"]
SIZES = [0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 256, 257,
         500, 1000, 1024, 1025, 2000]

rng = Lcg(12345)
for pattern in PATTERNS:
    for n in SIZES:
        if n > 1000 and pattern not in ("random", "runs", "interleave", "sorted", "reversed"):
            continue
        values = make(pattern, n, rng)
        wrapped = [K(v, i) for i, v in enumerate(values)]
        K.stats[0] = K.stats[1] = 0
        wrapped.sort()
        order = [k.i for k in wrapped]
        plain = sorted(values)
        ok = plain == [k.v for k in wrapped]
        print(pattern, n, K.stats[0], K.stats[1], checksum(order), ok)

# reverse=True and key= drive the same algorithm over reversed / computed keys
rng = Lcg(777)
for n in (10, 65, 300, 1500):
    values = make("random", n, rng)
    for rev in (False, True):
        wrapped = [K(v % 50, i) for i, v in enumerate(values)]
        K.stats[0] = K.stats[1] = 0
        wrapped.sort(reverse=rev)
        print("reverse", rev, n, K.stats[0], K.stats[1], checksum([k.i for k in wrapped]))
        K.stats[0] = K.stats[1] = 0
        idx = list(range(n))
        idx.sort(key=lambda i: K(values[i] % 97, i), reverse=rev)
        print("key", rev, n, K.stats[0], K.stats[1], checksum(idx))

# the fast paths for exact ints, floats and strs give the same orders
rng = Lcg(99)
for n in (50, 700, 2000):
    ints = [rng.next(100) - 50 for _ in range(n)]
    by_key = sorted(range(n), key=lambda i: ints[i])
    print("ints", n, checksum(by_key), checksum([x + 50 for x in sorted(ints)]))
    print("ints rev", n, checksum(sorted(range(n), key=lambda i: ints[i], reverse=True)))
    floats = [x / 7 for x in ints]
    print("floats", n, checksum(sorted(range(n), key=lambda i: floats[i])))
    strs = ["%03d" % (x + 50) for x in ints]
    print("strs", n, checksum(sorted(range(n), key=lambda i: strs[i])))
    print("strs rev", n, checksum(sorted(range(n), key=lambda i: strs[i], reverse=True)))
    tups = [(x % 3, str(x)) for x in ints]
    print("tuples", n, checksum(sorted(range(n), key=lambda i: tups[i])))
