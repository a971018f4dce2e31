# A pull pipeline over text: lines -> tokens -> normalized words -> counts, each stage a generator.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
  Quick, quick -- said the brown bird.

A lazy afternoon: dogs, foxes and birds."""


def lines(text):
    for number, line in enumerate(text.split("\n"), 1):
        print(f"  [lines] emitting line {number}")
        yield number, line


def non_blank(numbered):
    for number, line in numbered:
        if line.strip():
            yield number, line
        else:
            print(f"  [non_blank] skipping line {number}")


def tokens(numbered):
    for number, line in numbered:
        word = ""
        for ch in line + " ":
            if ch.isalpha():
                word += ch
            elif word:
                yield number, word
                word = ""


def normalized(pairs):
    for number, word in pairs:
        w = word.lower()
        if w.endswith("es") and len(w) > 4:
            w = w[:-2]
        elif w.endswith("s") and len(w) > 3:
            w = w[:-1]
        yield number, w


def stop_words(pairs, stops):
    for pair in pairs:
        if pair[1] not in stops:
            yield pair


pipeline = stop_words(normalized(tokens(non_blank(lines(TEXT)))), {"the", "and", "over", "said", "a"})
print("pipeline built; nothing has run")
first = next(pipeline)
print("first item:", first)
counts = {}
where = {}
for number, word in pipeline:
    counts[word] = counts.get(word, 0) + 1
    where.setdefault(word, []).append(number)
for word in sorted(counts, key=lambda w: (-counts[w], w)):
    print(f"{word:10} {counts[word]} lines {where[word]}")


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked((w for _, w in normalized(tokens(enumerate(TEXT.split("\n"))))), 7)))
