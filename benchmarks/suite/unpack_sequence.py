# unpack_sequence: sequence unpacking in every common shape — fixed-size
# tuples and lists, swaps and rotations, nested targets, starred targets,
# for-loop targets and multiple return values. Each loop folds what it
# unpacked into a running checksum so none of the work is dead.

LOOPS = 2100000


def unpack_tuple(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + b * c - d + e * f - g + h * i - j
    return total


def unpack_list(loops):
    items = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    total = 0
    for k in range(loops):
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        total += (a + j) * k % 7 + b + c + d + e + f + g + h + i
    return total


def swaps(loops):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    for _ in range(loops):
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        b, d = d, b
        total += a * 1000 + b * 100 + c * 10 + d
    return total


def nested(loops):
    data = ((1, 2), (3, (4, 5)), [6, 7])
    total = 0
    for _ in range(loops):
        (a, b), (c, (d, e)), [f, g] = data
        (a, b), (c, (d, e)), [f, g] = data
        total += a * b + c * d * e - f * g
    return total


def starred(loops):
    items = [5, 10, 15, 20, 25, 30, 35, 40]
    total = 0
    for _ in range(loops // 4):
        first, *middle, last = items
        head, second, *rest = items
        *front, tail = items
        total += first + last + len(middle) + head + second + len(rest) + tail + len(front)
    return total


def divmod_pair(n, d):
    return n // d, n % d


def min_max(a, b):
    if a < b:
        return a, b
    return b, a


def returns(loops):
    total = 0
    for k in range(loops):
        q, r = divmod_pair(k, 7)
        lo, hi = min_max(q, r)
        total += lo * 3 + hi
    return total


def for_targets(loops):
    pairs = [(i, i * i) for i in range(50)]
    triples = [(i, i + 1, (i * 7) % 11) for i in range(50)]
    total = 0
    for _ in range(loops // 50):
        for x, y in pairs:
            total += y - x
        for x, y, z in triples:
            total += x * z - y
        for i, (x, y) in enumerate(pairs):
            total += i ^ x
    return total


def main():
    results = [
        ("tuple", unpack_tuple(LOOPS)),
        ("list", unpack_list(LOOPS)),
        ("swaps", swaps(LOOPS)),
        ("nested", nested(LOOPS)),
        ("starred", starred(LOOPS)),
        ("returns", returns(LOOPS)),
        ("for targets", for_targets(LOOPS)),
    ]
    for name, value in results:
        print("%-12s %d" % (name, value))


main()
