# Counting with dicts: tallies, histograms, top-k with ties broken alphabetically.

votes = "alice bob alice carol dave bob alice eve carol bob frank alice dave carol".split()
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally)
ranking = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, n) in enumerate(ranking, 1):
    print(f"{place}. {name:<6} {'#' * n} {n}")
top = ranking[0][1]
print("winners:", [name for name, n in ranking if n == top])
print("tied at 3:", sorted([name for name, n in tally.items() if n == 3]))

rolls = []
seed = 7
for _ in range(60):
    seed = (seed * 48271) % 2147483647
    rolls.append(seed % 6 + 1 + (seed // 6) % 6 + 1)
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
for total in range(2, 13):
    print(f"{total:>2} {'*' * hist.get(total, 0)}")
print("most common:", max(sorted(hist), key=lambda k: hist[k]), "sum check:", sum(hist.values()) == len(rolls))

pairs = {}
text = "abracadabra"
for a, b in zip(text, text[1:]):
    pairs[a + b] = pairs.get(a + b, 0) + 1
print(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])))

merged = {}
for counts in ({"x": 1, "y": 2}, {"y": 3, "z": 1}, {"x": -1}):
    for k, n in counts.items():
        merged[k] = merged.get(k, 0) + n
print(merged, {k: n for k, n in merged.items() if n > 0})
