# requires: generators
# comprehensions: list, dict and set comprehensions — filtered, nested, with
# several for-clauses, over tuples and strings, using names from the
# enclosing function (PEP 709 inlines them) — and generator expressions fed
# to sum, any, all, max, min and "".join.

SIZE = 10000
ROUNDS = 130


class Record:
    def __init__(self, ident, group, score, name):
        self.ident = ident
        self.group = group
        self.score = score
        self.name = name


def make_records(n, seed):
    records = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        records.append(Record(i, state % 17, (state >> 8) % 1000, "r%d_%d" % (i, state % 97)))
    return records


def list_comps(records, limit):
    high = [r.score for r in records if r.score > limit]
    pairs = [(r.ident, r.group) for r in records if r.group % 3 == 0]
    grid = [[x * y for x in range(12)] for y in range(12)]
    flat = [v for row in grid for v in row if v % 2 == 0]
    names = [r.name.upper() for r in records[:200] if "_1" in r.name]
    return len(high), sum(high), len(pairs), sum(flat), len(names)


def dict_set_comps(records):
    by_id = {r.ident: r.score for r in records}
    by_group = {g: [r.score for r in records if r.group == g] for g in range(17)}
    groups = {r.group for r in records}
    letters = {ch for r in records[:300] for ch in r.name}
    inverse = {v: k for k, v in by_id.items() if v % 50 == 0}
    best = {g: max(scores) for g, scores in by_group.items() if scores}
    return len(by_id), len(groups), len(letters), len(inverse), sum(best.values())


def generator_exprs(records, limit):
    total = sum(r.score for r in records)
    squares = sum(r.score * r.score for r in records if r.group < 5)
    any_high = any(r.score > 990 for r in records)
    all_named = all(r.name.startswith("r") for r in records)
    top = max(r.score - r.group for r in records)
    low = min((r.score, r.ident) for r in records if r.score > limit)
    text = ",".join(str(r.group) for r in records[:100])
    return total, squares, any_high, all_named, top, low, len(text)


def main():
    results = []
    for r in range(ROUNDS):
        records = make_records(SIZE, r + 1)
        limit = 500 + r
        results.append((list_comps(records, limit), dict_set_comps(records),
                        generator_exprs(records, limit)))
    print("last:", results[-1])
    print("sums:", sum(x[0][1] for x in results), sum(x[1][4] for x in results),
          sum(x[2][1] for x in results))


main()
