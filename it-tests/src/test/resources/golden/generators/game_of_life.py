# Conway's life as a generator of generations; a cycle detector consumes it lazily.
def neighbours(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc


def generations(alive):
    alive = frozenset(alive)
    while True:
        yield alive
        counts = {}
        for cell in alive:
            for n in neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        alive = frozenset(cell for cell, k in counts.items()
                          if k == 3 or (k == 2 and cell in alive))


def render(alive, rows, cols):
    return ["".join("#" if (r, c) in alive else "." for c in range(cols)) for r in range(rows)]


def first_repeat(gens, limit):
    seen = {}
    for step, state in enumerate(gens):
        key = tuple(sorted(state))
        if key in seen:
            return seen[key], step
        if step >= limit:
            return None
        seen[key] = step


blinker = {(1, 0), (1, 1), (1, 2)}
g = generations(blinker)
for step in range(3):
    state = next(g)
    print("blinker step", step)
    for line in render(state, 3, 3):
        print("  " + line)

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = generations(glider)
for step in range(5):
    state = next(g)
    print("glider step", step, sorted(state))

print("blinker period:", first_repeat(generations(blinker), 10))
print("block period:", first_repeat(generations({(0, 0), (0, 1), (1, 0), (1, 1)}), 10))
print("glider (no exact repeat within 20):", first_repeat(generations(glider), 20))
r_pentomino = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
sizes = [len(s) for s, _ in zip(generations(r_pentomino), range(40))]
print("r-pentomino populations:", sizes)
