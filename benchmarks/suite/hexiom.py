# hexiom: a small solver for a Hexiom-like puzzle. A hexagonal board is given
# a bag of numbered tiles; place them (some cells stay empty) so that every
# tile's number equals how many of its six neighbours hold tiles. Puzzles are
# made by a fixed LCG; the solver counts every solution by backtracking with
# neighbour-count pruning. Lists of ints, nested loops, recursion.

RADIUS = 2
PUZZLES = 11
EMPTY = 7
UNSET = -1


class Board:
    def __init__(self, radius):
        self.cells = []
        index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if -radius <= q + r <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for (q, r) in self.cells:
            around = []
            for (dq, dr) in ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)):
                key = (q + dq, r + dr)
                if key in index:
                    around.append(index[key])
            self.neighbours.append(around)
        # Cells a placement can affect: itself and its neighbours.
        self.affected = [[i] + self.neighbours[i] for i in range(len(self.cells))]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make_puzzle(board, rng):
    # A random occupancy; each tile's number is then forced.
    n = len(board.cells)
    occupied = [rng.below(100) < 62 for _ in range(n)]
    bag = [0] * 8
    for i in range(n):
        if occupied[i]:
            count = 0
            for j in board.neighbours[i]:
                if occupied[j]:
                    count += 1
            bag[count] += 1
        else:
            bag[EMPTY] += 1
    return bag


def consistent(board, state, cell):
    neighbours = board.neighbours
    for c in board.affected[cell]:
        v = state[c]
        if v == UNSET or v == EMPTY:
            continue
        placed = 0
        open_cells = 0
        for j in neighbours[c]:
            s = state[j]
            if s == UNSET:
                open_cells += 1
            elif s != EMPTY:
                placed += 1
        if placed > v or placed + open_cells < v:
            return False
    return True


def solve(board, bag):
    n = len(board.cells)
    state = [UNSET] * n
    solutions = []

    def place(cell):
        if cell == n:
            solutions.append("".join(["." if v == EMPTY else str(v) for v in state]))
            return
        for kind in range(8):
            if bag[kind] == 0:
                continue
            bag[kind] -= 1
            state[cell] = kind
            if consistent(board, state, cell):
                place(cell + 1)
            state[cell] = UNSET
            bag[kind] += 1

    place(0)
    return solutions


def main():
    board = Board(RADIUS)
    rng = Random(2024)
    total = 0
    for p in range(PUZZLES):
        bag = make_puzzle(board, rng)
        solutions = solve(board, bag)
        total += len(solutions)
        print("puzzle %2d bag=%s solutions=%d first=%s" % (p, bag, len(solutions), solutions[0]))
    print("cells=%d total solutions=%d" % (len(board.cells), total))


main()
