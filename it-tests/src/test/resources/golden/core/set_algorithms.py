# Set-based algorithms: connected components, reachability, Jaccard similarity, duplicates.

edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (3, 1), (10, 4)]
nodes = set()
adj = {}
for a, b in edges:
    nodes |= {a, b}
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)

components = []
unvisited = set(nodes)
while unvisited:
    start = min(unvisited)
    comp = set()
    frontier = {start}
    while frontier:
        comp |= frontier
        frontier = set().union(*[adj[n] for n in frontier]) - comp
    components.append(sorted(comp))
    unvisited -= comp
print(components)


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0


docs = {
    "d1": set("the cat sat on the mat".split()),
    "d2": set("the cat ate the rat".split()),
    "d3": set("dogs chase cats".split()),
}
for x in sorted(docs):
    for y in sorted(docs):
        if x < y:
            print(x, y, round(jaccard(docs[x], docs[y]), 3), sorted(docs[x] & docs[y]))

data = [4, 8, 15, 16, 23, 42, 8, 4, 99, 15, 15]
seen, dupes = set(), set()
for v in data:
    (dupes if v in seen else seen).add(v)
print(sorted(seen), sorted(dupes))


def two_sum(values, target):
    seen = set()
    for v in values:
        if target - v in seen:
            return (target - v, v)
        seen.add(v)
    return None


print(two_sum(data, 31), two_sum(data, 1000), two_sum([5, 5], 10))
# Sieve of Eratosthenes with a set of composites
limit = 80
composites = set()
for i in range(2, int(limit ** 0.5) + 1):
    if i not in composites:
        composites.update(range(i * i, limit + 1, i))
print(sorted(set(range(2, limit + 1)) - composites))
