# nqueens: all placements of n non-attacking queens by backtracking, with
# column and diagonal occupancy kept in lists of booleans. Recursion, list
# indexing, and a tuple per solution.

N = 12
REPEAT = 4


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)   # row + col
    diag2 = [False] * (2 * n)   # row - col + n
    placed = [0] * n
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            d1 = row + col
            d2 = row - col + n
            if cols[col] or diag1[d1] or diag2[d2]:
                continue
            cols[col] = diag1[d1] = diag2[d2] = True
            placed[row] = col
            place(row + 1)
            cols[col] = diag1[d1] = diag2[d2] = False

    place(0)
    return solutions


def main():
    counts = []
    first = None
    last = None
    weighted = 0
    for _ in range(REPEAT):
        for n in range(4, N + 1):
            sols = solve(n)
            counts.append(len(sols))
            if n == N:
                first = sols[0]
                last = sols[-1]
                weighted = 0
                for s in sols:
                    for r in range(n):
                        weighted += (r + 1) * s[r]
    print("solutions per n:", counts[:N - 3])
    print("first:", first, "last:", last)
    print("weighted sum:", weighted, "total:", sum(counts))


main()
