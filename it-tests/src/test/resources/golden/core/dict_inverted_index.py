# An inverted index with boolean AND/OR/NOT queries over a small document set.

DOCS = {
    1: "The quick brown fox jumps over the lazy dog",
    2: "A lazy afternoon with a brown cat",
    3: "Foxes and dogs are not natural friends",
    4: "The dog chased the quick cat around the garden",
    5: "Quick thinking saves the day",
}
STOP = {"the", "a", "and", "are", "with", "over", "not", "around"}


def tokenize(text):
    return [w.strip(".,").lower() for w in text.split() if w.lower() not in STOP]


index = {}
for doc_id, text in DOCS.items():
    for position, word in enumerate(tokenize(text)):
        index.setdefault(word, {}).setdefault(doc_id, []).append(position)

for word in sorted(index)[:8]:
    print(f"{word:<10} {index[word]}")


def docs_for(word):
    return set(index.get(word.lower(), {}))


def query(q):
    tokens = q.split()
    result = docs_for(tokens[0])
    i = 1
    while i < len(tokens):
        op, word = tokens[i], tokens[i + 1]
        if op == "AND":
            result &= docs_for(word)
        elif op == "OR":
            result |= docs_for(word)
        elif op == "NOT":
            result -= docs_for(word)
        else:
            raise ValueError(f"unknown operator {op!r}")
        i += 2
    return sorted(result)


for q in ("quick", "quick AND cat", "lazy OR foxes", "quick NOT dog", "dog OR cat NOT lazy", "missing OR day"):
    print(f"{q!r:<26} -> {query(q)}")
try:
    query("quick XOR dog")
except ValueError as e:
    print("ValueError:", e)

freq = sorted([(sum([len(p) for p in postings.values()]), w) for w, postings in index.items()], reverse=True)
print(freq[:5])
