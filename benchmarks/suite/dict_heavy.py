# dict_heavy: dictionaries under churn — counting words of a generated text,
# grouping words by key, inverting and merging maps, deleting and reinserting
# entries, dicts keyed by tuples and ints, and iteration over keys, values
# and items. Text comes from a fixed LCG over a syllable table.

WORDS = 120000
ROUNDS = 10

SYLLABLES = ["ka", "ri", "to", "me", "su", "lo", "an", "ve", "di", "po",
             "zu", "ne", "ha", "qi", "or", "el"]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 10) % n


def make_text(rng, n):
    words = []
    for _ in range(n):
        # Short words are common, long ones rare, as in real text.
        length = 1 + rng.below(3) + (rng.below(4) == 0)
        parts = []
        for _ in range(length):
            parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
        words.append("".join(parts))
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(counts):
    groups = {}
    for w, n in counts.items():
        key = w[:2]
        if key in groups:
            groups[key].append(n)
        else:
            groups[key] = [n]
    return groups


def invert(counts):
    by_count = {}
    for w, n in counts.items():
        by_count.setdefault(n, []).append(w)
    return by_count


def churn(counts, rng):
    # Delete a third of the keys, reinsert them under new keys, update the rest.
    keys = list(counts)
    removed = 0
    for i in range(0, len(keys), 3):
        del counts[keys[i]]
        removed += 1
    for i in range(0, len(keys), 3):
        counts[keys[i] + "!"] = i
    for k in keys:
        if k in counts:
            counts[k] += rng.below(5)
    merged = dict(counts)
    merged.update({k: -1 for k in keys[:500]})
    return removed, len(merged), merged.pop(keys[1], 0)


def pair_table(words):
    # Bigram counts keyed by tuples.
    pairs = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        pairs[key] = pairs.get(key, 0) + 1
    best = None
    best_n = 0
    for key, n in pairs.items():
        if n > best_n or (n == best_n and key < best):
            best = key
            best_n = n
    return len(pairs), best, best_n


def main():
    rng = Random(7)
    summary = []
    for r in range(ROUNDS):
        words = make_text(rng, WORDS)
        counts = count_words(words)
        groups = group_by_first(counts)
        by_count = invert(counts)
        top = max(by_count)
        top_words = sorted(by_count[top])
        biggest_group = 0
        for g in groups.values():
            if len(g) > biggest_group:
                biggest_group = len(g)
        distinct = len(counts)
        removed, merged_size, popped = churn(counts, rng)
        pairs, best_pair, best_n = pair_table(words)
        total = 0
        for v in counts.values():
            total += v
        summary.append((distinct, top, top_words[:3], biggest_group, removed, merged_size,
                        popped, pairs, best_pair, best_n, total))
    for s in summary:
        print("distinct=%d top=%d %s biggest group=%d removed=%d merged=%d popped=%d "
              "bigrams=%d best=%s x%d total=%d" % s)


main()
