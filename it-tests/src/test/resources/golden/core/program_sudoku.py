# A backtracking Sudoku solver with constraint propagation of candidates.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used |= {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"guesses": 0, "backtracks": 0}


def solve(grid):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                options = candidates(grid, r, c)
                if not options:
                    return False
                if best is None or len(options) < len(best[2]):
                    best = (r, c, options)
    if best is None:
        return True
    r, c, options = best
    for d in options:
        stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        print(" ".join(cells[0:3]), "|", " ".join(cells[3:6]), "|", " ".join(cells[6:9]))


def valid(grid):
    groups = [row for row in grid] + [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all([sorted(g) == list(range(1, 10)) for g in groups])


grid = parse(PUZZLE)
show(grid)
print("solvable:", solve(grid), stats)
show(grid)
print("valid:", valid(grid))
broken = parse(PUZZLE)
broken[0][2] = 5
print("duplicate 5 in the first row -> candidates for (0,3):", candidates(broken, 0, 3))
