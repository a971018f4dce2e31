# requires: generators
# go: random playouts of Go on a 9x9 board, the inner loop of Monte Carlo Go
# programs. Stones are placed at random legal points (no suicide, simple ko,
# no filling one's own eyes), captured groups are found by flood fill, and
# finished games are scored by area. Randomness from a fixed LCG. Lists,
# small objects, and generator functions that walk neighbours and groups.

SIZE = 9
GAMES = 165

EMPTY = 0
BLACK = 1
WHITE = 2
EDGE = 3


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


class Board:
    def __init__(self, size):
        self.size = size
        self.stride = size + 2
        total = self.stride * self.stride
        self.cells = [EDGE] * total
        self.points = []
        for row in range(1, size + 1):
            for col in range(1, size + 1):
                p = row * self.stride + col
                self.cells[p] = EMPTY
                self.points.append(p)
        self.offsets = (1, -1, self.stride, -self.stride)
        self.seen = [0] * total
        self.stamp = 0
        self.ko = -1
        self.captured = [0, 0, 0]

    def neighbours(self, p):
        for d in self.offsets:
            yield p + d

    def group(self, start):
        # The stones connected to start, and whether the group has a liberty.
        self.stamp += 1
        stamp = self.stamp
        cells = self.cells
        color = cells[start]
        seen = self.seen
        seen[start] = stamp
        stack = [start]
        stones = []
        free = False
        while stack:
            p = stack.pop()
            stones.append(p)
            for q in self.neighbours(p):
                if seen[q] != stamp:
                    c = cells[q]
                    if c == color:
                        seen[q] = stamp
                        stack.append(q)
                    elif c == EMPTY:
                        free = True
        return stones, free

    def is_own_eye(self, p, color):
        for q in self.neighbours(p):
            c = self.cells[q]
            if c != color and c != EDGE:
                return False
        return True

    def play(self, p, color):
        # Place a stone if legal; returns True if the move was made.
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - color
        cells = self.cells
        cells[p] = color
        removed = []
        for q in self.neighbours(p):
            if cells[q] == other:
                stones, free = self.group(q)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    removed.extend(stones)
        stones, free = self.group(p)
        if not free:
            cells[p] = EMPTY
            return False
        self.captured[color] += len(removed)
        if len(removed) == 1 and len(stones) == 1:
            self.ko = removed[0]
        else:
            self.ko = -1
        return True

    def score(self):
        # Area scoring: stones plus empty points that touch only one colour.
        counts = [0, 0, 0, 0]
        for p in self.points:
            c = self.cells[p]
            if c != EMPTY:
                counts[c] += 1
                continue
            touches = 0
            for q in self.neighbours(p):
                c = self.cells[q]
                if c == BLACK or c == WHITE:
                    touches |= c
            if touches == BLACK or touches == WHITE:
                counts[touches] += 1
        return counts[BLACK], counts[WHITE]


def playout(rng):
    board = Board(SIZE)
    color = BLACK
    passes = 0
    moves = 0
    limit = 3 * SIZE * SIZE
    order = board.points[:]
    while passes < 2 and moves < limit:
        # Shuffle the candidates (Fisher-Yates), take the first legal one.
        n = len(order)
        for i in range(n - 1, 0, -1):
            j = rng.below(i + 1)
            order[i], order[j] = order[j], order[i]
        played = False
        for p in order:
            if board.cells[p] == EMPTY and not board.is_own_eye(p, color) and board.play(p, color):
                played = True
                break
        if played:
            passes = 0
            moves += 1
        else:
            passes += 1
            board.ko = -1
        color = 3 - color
    black, white = board.score()
    return black, white, moves, board.captured[BLACK], board.captured[WHITE]


def main():
    rng = Random(31337)
    black_wins = 0
    totals = [0, 0, 0, 0, 0]
    for _ in range(GAMES):
        result = playout(rng)
        if result[0] > result[1]:
            black_wins += 1
        for i in range(5):
            totals[i] += result[i]
    print("games=%d black wins=%d" % (GAMES, black_wins))
    print("black area=%d white area=%d moves=%d captured by black=%d by white=%d" % tuple(totals))


main()
