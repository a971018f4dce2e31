# The exact sequence of "<" calls list.sort makes (CPython's timsort): a class whose __lt__
# appends (a, b) to a log; full logs for small inputs, length and checksum for larger ones.

log = []


class V:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __lt__(self, other):
        log.append((self.name, other.name))
        return self.v < other.v

    def __repr__(self):
        return self.name


def run(label, values, **kw):
    items = [V(v, "%d.%d" % (v, i)) for i, v in enumerate(values)]
    log.clear()
    items.sort(**kw)
    print(label, items)
    print("  ", len(log), " ".join("%s<%s" % p for p in log))


run("empty", [])
run("one", [5])
run("two", [2, 1])
run("two equal", [1, 1])
run("ascending", [1, 2, 3, 4, 5])
run("descending", [5, 4, 3, 2, 1])
run("desc then up", [3, 2, 3, 4, 1])
run("equal then down", [2, 2, 2, 1, 0])
run("down with equals", [5, 4, 4, 3, 2, 2, 1])
run("zigzag", [1, 3, 2, 4, 3, 5, 4, 6])
run("random12", [7, 3, 9, 1, 1, 8, 2, 6, 5, 0, 4, 3])
run("reverse", [3, 1, 2, 3, 1], reverse=True)
run("reverse desc", [5, 4, 3, 2, 1], reverse=True)
run("all equal", [4, 4, 4, 4, 4, 4])

# keys: the key function's results are compared, the values move with them
calls = []


def key(x):
    calls.append(x)
    return V(x % 3, "k%d" % x)


data = [5, 3, 8, 1, 9, 2, 7]
log.clear()
data.sort(key=key)
print("key", data, calls)
print("  ", len(log), " ".join("%s<%s" % p for p in log))
log.clear()
calls.clear()
print("sorted key reverse", sorted(data, key=key, reverse=True), calls)
print("  ", len(log), " ".join("%s<%s" % p for p in log))


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.x >> 33) % bound


def fingerprint():
    h = 0
    for a, b in log:
        for c in a + "<" + b + ";":
            h = (h * 131 + ord(c)) % 2305843009213693951
    return h


rng = Lcg(2024)
for n in (20, 64, 65, 130, 400, 1200):
    for kind in ("random", "runs", "two-runs"):
        if kind == "random":
            values = [rng.next(n) for _ in range(n)]
        elif kind == "runs":
            values = []
            while len(values) < n:
                base = rng.next(100)
                values.extend(base + j for j in range(1 + rng.next(40)))
            values = values[:n]
        else:
            values = sorted(rng.next(1000) for _ in range(n // 2)) + \
                sorted(rng.next(1000) for _ in range(n - n // 2))
        items = [V(v, str(i)) for i, v in enumerate(values)]
        log.clear()
        items.sort()
        print(kind, n, len(log), fingerprint(), log[:6], log[-3:])
