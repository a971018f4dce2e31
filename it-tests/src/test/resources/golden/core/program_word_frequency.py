# Word frequency counting over a text read from stdin: normalisation, stop words, ties sorted by word.
import sys

STOP = {"the", "a", "an", "and", "of", "to", "in", "is", "it", "that", "as", "with", "for", "was", "on", "be"}
text = sys.stdin.read()
print("characters:", len(text), "lines:", len(text.splitlines()))
words = []
for raw in text.split():
    word = "".join([ch for ch in raw.lower() if ch.isalpha() or ch == "'"]).strip("'")
    if word:
        words.append(word)
print("words:", len(words), "distinct:", len(set(words)))
counts = {}
for w in words:
    if w not in STOP:
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 12:")
width = max([len(w) for w, _ in ranked[:12]])
for word, n in ranked[:12]:
    print(f"  {word:<{width}} {n:>3} {'*' * n}")
by_count = {}
for word, n in counts.items():
    by_count.setdefault(n, []).append(word)
for n in sorted(by_count, reverse=True)[:4]:
    print(n, sorted(by_count[n]))
lengths = {}
for w in set(words):
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("distinct words by length:", sorted(lengths.items()))
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:3])
first_seen = []
for w in words:
    if w not in first_seen and w not in STOP:
        first_seen.append(w)
print("first five content words:", first_seen[:5])
print("stop word share: {:.1%}".format(sum([1 for w in words if w in STOP]) / len(words)))
