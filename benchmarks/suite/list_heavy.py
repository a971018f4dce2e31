# list_heavy: list operations — appends and pops, sorting with and without
# keys, slicing and slice assignment, insertion and deletion in the middle,
# reversal, membership, index, count, and list-of-list matrices. Data comes
# from a fixed LCG.

SIZE = 30000
ROUNDS = 25


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def build(rng, n):
    items = []
    for _ in range(n):
        items.append(rng.below(1000000))
    return items


def sorting(items):
    a = sorted(items)
    b = sorted(items, reverse=True)
    c = sorted(items, key=lambda v: (v % 1000, v))
    d = items[:]
    d.sort(key=lambda v: -v)
    pairs = [(v % 97, i) for i, v in enumerate(items)]
    pairs.sort()
    return a[0] + a[-1] + b[0] + c[0] + c[-1] + d[0] + pairs[0][1] + pairs[-1][1]


def slicing(items):
    total = 0
    n = len(items)
    for step in range(1, 8):
        part = items[::step]
        total += len(part) + part[-1]
        back = items[n - 1::-step]
        total += back[0] + len(back)
    work = items[:]
    for k in range(0, 200):
        lo = (k * 37) % (n // 2)
        work[lo:lo + 10] = work[lo + 10:lo + 20]
        del work[lo:lo + 3]
        work[lo:lo] = [k, k + 1, k + 2]
    total += len(work) + work[len(work) // 2]
    return total


def stack_and_queue(items):
    stack = []
    total = 0
    for v in items:
        if v % 3 == 0 and stack:
            total += stack.pop()
        else:
            stack.append(v)
    queue = items[:2000]
    for i in range(1000):
        total += queue.pop(0) - queue[-1]
        queue.append(i)
    middle = items[:3000]
    for i in range(500):
        middle.insert(len(middle) // 2, i)
        total += middle.pop(len(middle) // 3)
    return total + len(stack)


def searching(items):
    small = items[:400]
    total = 0
    for probe in items[:400:3]:
        if probe in small:
            total += small.index(probe)
        total += small.count(probe)
    total += items.count(items[5])
    r = items[:1000]
    r.reverse()
    total += r[0] - r[-1]
    return total


def matrices(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    cols = [[b[k][j] for k in range(n)] for j in range(n)]
    c = []
    for row in a:
        out = []
        for col in cols:
            s = 0
            for k in range(n):
                s += row[k] * col[k]
            out.append(s)
        c.append(out)
    flat = [v for row in c for v in row]
    return sum(flat), max(flat), len(flat)


def main():
    rng = Random(99)
    totals = []
    for _ in range(ROUNDS):
        items = build(rng, SIZE)
        totals.append((sorting(items), slicing(items), stack_and_queue(items),
                       searching(items), matrices(40)))
    print("last round:", totals[-1])
    columns = [[t[i] for t in totals] for i in range(4)]
    print("column sums:", [sum(col) for col in columns])


main()
