# Tuples as dictionary keys and set members: grids, memo tables, composite keys.

grid = {}
for r in range(3):
    for c in range(4):
        grid[(r, c)] = r * 4 + c
print(grid[(2, 3)], grid[1, 1], (0, 0) in grid, (5, 5) in grid, len(grid))

neighbours = {}
for (r, c) in grid:
    neighbours[(r, c)] = sorted([(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (r + dr, c + dc) in grid])
print(neighbours[(0, 0)], neighbours[(1, 1)], len(neighbours[(2, 3)]))

memo = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]


print(paths(10, 10), paths(16, 16), len(memo))

sales = [("2024", "Q1", "north", 100), ("2024", "Q1", "south", 80), ("2024", "Q2", "north", 120),
         ("2023", "Q4", "north", 90), ("2024", "Q1", "north", 30)]
totals = {}
for year, quarter, region, amount in sales:
    key = (year, quarter)
    totals[key] = totals.get(key, 0) + amount
for key in sorted(totals):
    print(key, totals[key])

visited = {(0, 0)}
pos = (0, 0)
for move in "RRUULDDDLL":
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[move]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(pos, len(visited), sorted(visited))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "a", (1.0, 2.0): "b"}, (1, (2, 3)) in {(1, (2, 3))})
try:
    {(1, [2]): "x"}
except TypeError as e:
    print("TypeError:", e)
