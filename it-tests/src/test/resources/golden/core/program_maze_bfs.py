# Solving a text maze with breadth-first search, drawing the path, and checking unreachable goals.

MAZE = """
###############
#S....#.......#
#.###.#.#####.#
#.#...#.#...#.#
#.#.###.#.#.#.#
#.#.....#.#...#
#.#######.###.#
#.........#..E#
###############
"""


def parse(text):
    grid = [list(line) for line in text.strip().split("\n")]
    start = goal = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                goal = (r, c)
    return grid, start, goal


def bfs(grid, start, goal):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in came_from:
        return None, len(came_from)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], len(came_from)


grid, start, goal = parse(MAZE)
path, explored = bfs(grid, start, goal)
print("start", start, "goal", goal, "path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join(["".join(row) for row in grid]))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(-1, 0): "U", (1, 0): "D", (0, -1): "L", (0, 1): "R"}[(r2 - r1, c2 - c1)])
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print("".join(moves))
print(" ".join([f"{m}{n}" for m, n in compressed]))
blocked, s, g = parse(MAZE.replace("#.###.#.#####.#", "###############"))
print("blocked maze:", bfs(blocked, s, g))
