# get() with defaults, setdefault() for grouping, and the difference from [] access.

stock = {"apple": 3, "pear": 0, "plum": None}
for fruit in ("apple", "pear", "plum", "kiwi"):
    print(fruit, stock.get(fruit), stock.get(fruit, "n/a"), fruit in stock, stock.get(fruit) is None)

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "bean"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)

counts = {}
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print(sorted(counts.items()))

r = stock.setdefault("apple", 99)
s = stock.setdefault("fig")
print(r, s, stock)

# setdefault evaluates its default argument eagerly
calls = []


def expensive():
    calls.append("called")
    return []


cache = {"k": [1]}
cache.setdefault("k", expensive())
print(calls)

# Nested auto-creation
tree = {}
for path in ("a/b/c", "a/b/d", "a/e", "f"):
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
try:
    stock.get()
except TypeError as e:
    print("TypeError:", e)
try:
    stock.get("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    stock.get([])
except TypeError as e:
    print("TypeError:", e)
