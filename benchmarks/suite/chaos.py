# chaos: the chaos game — a point repeatedly moved by affine maps picked at
# random (a fern and a pentagon fractal), hits counted on a grid. The random
# numbers come from a small linear congruential generator, so the result is
# the same everywhere. Float arithmetic, small objects, list-of-list grids.

ITERATIONS = 1000000
GRID = 64


class Random:
    # 31-bit LCG (the classic ANSI C constants); floats from the top bits.
    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def uniform(self):
        return (self.next_int() >> 7) / 16777216.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Toward:
    # Move a fraction of the way toward a fixed vertex.
    def __init__(self, vx, vy, ratio, weight):
        self.vx = vx
        self.vy = vy
        self.ratio = ratio
        self.weight = weight

    def apply(self, p):
        r = self.ratio
        return Point(p.x + (self.vx - p.x) * r, p.y + (self.vy - p.y) * r)


class Game:
    def __init__(self, maps, xmin, xmax, ymin, ymax):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.xmin = xmin
        self.ymin = ymin
        self.xscale = (GRID - 1) / (xmax - xmin)
        self.yscale = (GRID - 1) / (ymax - ymin)

    def pick(self, rng):
        u = rng.uniform() * self.total
        cumulative = self.cumulative
        for i in range(len(cumulative)):
            if u < cumulative[i]:
                return self.maps[i]
        return self.maps[-1]

    def play(self, rng, steps):
        grid = [[0] * GRID for _ in range(GRID)]
        p = Point(0.0, 0.0)
        for step in range(steps):
            p = self.pick(rng).apply(p)
            if step < 20:
                continue
            col = int((p.x - self.xmin) * self.xscale)
            row = int((p.y - self.ymin) * self.yscale)
            if 0 <= col < GRID and 0 <= row < GRID:
                grid[row][col] += 1
        return grid


def summarize(name, grid):
    filled = 0
    biggest = 0
    moment = 0
    for r in range(GRID):
        row = grid[r]
        for c in range(GRID):
            n = row[c]
            if n:
                filled += 1
                if n > biggest:
                    biggest = n
                moment += n * (r * GRID + c)
    print("%s: filled=%d max=%d moment=%d" % (name, filled, biggest, moment))


def main():
    rng = Random(42)
    fern = Game([Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
                 Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
                 Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
                 Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07)],
                -2.2, 2.7, 0.0, 10.0)
    summarize("fern", fern.play(rng, ITERATIONS))
    # The corners of a regular pentagon, written out rather than computed with cos/sin so
    # that the result cannot depend on a libm's last bit.
    corners = [Toward(0.0, 1.0, 0.618, 1.0),
               Toward(-0.9510565162951535, 0.3090169943749475, 0.618, 1.0),
               Toward(-0.5877852522924732, -0.8090169943749473, 0.618, 1.0),
               Toward(0.5877852522924732, -0.8090169943749473, 0.618, 1.0),
               Toward(0.9510565162951535, 0.3090169943749475, 0.618, 1.0)]
    pentagon = Game(corners, -1.0, 1.0, -1.0, 1.0)
    summarize("pentagon", pentagon.play(rng, ITERATIONS))
    print("final rng state:", rng.state)


main()
