# requires: generators
# gen_pipeline: a long chain of generator stages (source, filter, map, running state, pairing,
# batching) pulled item by item, with generator expressions feeding sum() and max() at the end.

N = 540000
ROUNDS = 6


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state


def source(seed, n):
    rng = Lcg(seed)
    for _ in range(n):
        yield rng.next() % 100000


def keep_odd_digit_sums(items):
    for x in items:
        s = 0
        while x:
            s += x % 10
            x //= 10
        if s % 2:
            yield s


def scale(items, factor):
    for x in items:
        yield x * factor + 1


def running_max(items):
    best = -1
    for x in items:
        if x > best:
            best = x
        yield x, best


def pairwise(items):
    it = iter(items)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def checksum_round(seed):
    stage = pairwise(running_max(scale(keep_odd_digit_sums(source(seed, N)), 3)))
    total = 0
    count = 0
    for batch in batches(stage, 16):
        total += sum(a[0] * b[0] - a[1] for a, b in batch)
        total %= 1000000007
        count += len(batch)
    widest = max(len(b) for b in batches(range(count), 1000))
    return count, total, widest


def main():
    results = [checksum_round(seed) for seed in range(1, ROUNDS + 1)]
    for i, (count, total, widest) in enumerate(results):
        print("round", i, "items", count, "checksum", total, "widest batch", widest)
    print("combined:", sum(r[1] for r in results) % 1000000007)


main()
