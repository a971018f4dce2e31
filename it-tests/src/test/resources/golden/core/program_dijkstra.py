# Shortest paths with Dijkstra's algorithm on a weighted road map, plus path reconstruction.

ROADS = """
Amsterdam Berlin 655
Amsterdam Brussels 210
Brussels Paris 312
Paris Lyon 465
Lyon Milan 442
Berlin Prague 350
Prague Vienna 334
Vienna Milan 880
Paris Zurich 610
Zurich Milan 280
Berlin Munich 585
Munich Zurich 315
Munich Vienna 435
"""

graph = {}
for line in ROADS.strip().splitlines():
    a, b, km = line.split()
    graph.setdefault(a, {})[b] = int(km)
    graph.setdefault(b, {})[a] = int(km)


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    frontier = [(0, source)]
    visited = set()
    while frontier:
        frontier.sort(reverse=True)
        d, node = frontier.pop()
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev


def path(prev, target):
    route = [target]
    while route[-1] in prev:
        route.append(prev[route[-1]])
    return route[::-1]


dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<10}{dist[city]:>6} km  via {' -> '.join(path(prev, city))}")
graph["Oslo"] = {}
dist2, _ = dijkstra("Amsterdam")
print("Oslo reachable:", "Oslo" in dist2)
pairs = [("Paris", "Vienna"), ("Milan", "Berlin"), ("Brussels", "Munich")]
for a, b in pairs:
    d, p = dijkstra(a)
    print(f"{a} -> {b}: {d[b]} km, {len(path(p, b)) - 1} legs")
longest = max([(dijkstra(a)[0][b], a, b) for a in sorted(graph) for b in sorted(graph) if a < b and b in dijkstra(a)[0]])
print("farthest pair by road:", longest)
