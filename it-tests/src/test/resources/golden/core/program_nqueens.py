# N-queens: count all solutions for n = 1..8 and draw the first solution for n = 6 and 8.

def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row - col)
            diag2.remove(row + col)

    place(0)
    return solutions


def draw(solution):
    n = len(solution)
    for col in solution:
        print(" ".join(["Q" if c == col else "." for c in range(n)]))


counts = {}
for n in range(1, 9):
    sols = solve(n)
    counts[n] = len(sols)
    print(f"n={n}: {len(sols)} solutions", sols[:2])
print(counts)
for n in (6, 8):
    print(f"first solution for n={n}:")
    draw(solve(n)[0])


def unique(solutions):
    n = len(solutions[0])
    seen = set()
    distinct = 0
    for s in solutions:
        variants = []
        cur = s
        for _ in range(4):
            cur = [n - 1 - cur.index(r) for r in range(n)]
            variants.append(tuple(cur))
            variants.append(tuple(cur[::-1]))
        key = min(variants)
        if key not in seen:
            seen.add(key)
            distinct += 1
    return distinct


print("distinct up to symmetry for n=8:", unique(solve(8)))
