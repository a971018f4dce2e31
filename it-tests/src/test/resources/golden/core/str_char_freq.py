# Character and word frequencies with dicts, sorted by count then by key.

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
ranked = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))
for ch, n in ranked[:10]:
    print(ch, n, "#" * (n // 2))
print("distinct letters:", len(letters), "missing:", "".join([c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters]))

words = {}
for raw in text.split():
    w = raw.strip(".,;:!?").lower()
    words[w] = words.get(w, 0) + 1
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:8])
print("hapax legomena:", sorted([w for w, n in words.items() if n == 1]))

bigrams = {}
clean = [w.strip(".,").lower() for w in text.split()]
for a, b in zip(clean, clean[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))

vowels = sum([letters.get(v, 0) for v in "aeiou"])
print("vowels", vowels, "consonants", sum(letters.values()) - vowels)
print("lines", len(text.splitlines()), "chars", len(text), "spaces", text.count(" "))
