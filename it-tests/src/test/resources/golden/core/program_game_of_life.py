# Conway's Game of Life on a small wrapping grid: a glider and a blinker, with population counts.

WIDTH, HEIGHT = 12, 8


def make(cells):
    return {(x, y) for x, y in cells}


def neighbours(x, y):
    return [((x + dx) % WIDTH, (y + dy) % HEIGHT) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def step(alive):
    counts = {}
    for (x, y) in alive:
        for n in neighbours(x, y):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def render(alive):
    return "\n".join(["".join(["#" if (x, y) in alive else "." for x in range(WIDTH)]) for y in range(HEIGHT)])


glider = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
blinker = [(8, 4), (9, 4), (10, 4)]
world = make(glider + blinker)
history = []
for generation in range(6):
    print(f"generation {generation}: population {len(world)}")
    print(render(world))
    history.append(frozenset(world))
    world = step(world)
for generation in range(6, 60):
    world = step(world)
print("after 60 generations:", len(world), "cells; bounding box",
      (min([x for x, _ in world]), min([y for _, y in world]), max([x for x, _ in world]), max([y for _, y in world])))
blink = make(blinker)
print("blinker period 2:", step(step(blink)) == blink, step(blink) != blink)
block = make([(0, 0), (1, 0), (0, 1), (1, 1)])
print("block is still life:", step(block) == block)
period = 4 * (WIDTH * HEIGHT // 4)  # lcm(12, 8) = 24 diagonal moves, 4 generations each
g = make(glider)
first_return = None
for generation in range(1, period + 1):
    g = step(g)
    if g == make(glider) and first_return is None:
        first_return = generation
print("glider first returns to its start after", first_return, "generations; period bound", period)
