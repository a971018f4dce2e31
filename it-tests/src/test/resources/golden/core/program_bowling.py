# Bowling score calculation with validation and a frame-by-frame score sheet.

class BowlingError(ValueError):
    pass


def frames(rolls):
    result = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"game incomplete: frame {frame + 1} missing")
        if frame == 9:
            bonus = rolls[i:]
            if len(bonus) < 2:
                raise BowlingError("tenth frame incomplete")
            if bonus[0] == 10 or bonus[0] + bonus[1] == 10:
                if len(bonus) != 3:
                    raise BowlingError("tenth frame needs exactly three rolls after a strike or spare")
            elif len(bonus) != 2:
                raise BowlingError("too many rolls in the tenth frame")
            result.append(bonus)
            return result
        if rolls[i] == 10:
            result.append([10])
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) == 2 and sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
            result.append(pair)
            i += 2
    return result


def score(rolls):
    if any([not 0 <= r <= 10 for r in rolls]):
        raise BowlingError("each roll must knock down 0..10 pins")
    fs = frames(rolls)
    total = 0
    running = []
    i = 0
    for n, f in enumerate(fs):
        if n == 9:
            total += sum(f)
        elif f == [10]:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif sum(f) == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += sum(f)
            i += 2
        running.append(total)
    return total, fs, running


def sheet(fs, running):
    marks = []
    for n, f in enumerate(fs):
        cells = []
        for j, r in enumerate(f):
            if r == 10 and (n == 9 or j == 0):
                cells.append("X")
            elif j > 0 and n < 9 and f[j - 1] + r == 10:
                cells.append("/")
            else:
                cells.append("-" if r == 0 else str(r))
        marks.append(" ".join(cells))
    return " | ".join([f"{m:<5}" for m in marks]) + "\n" + " | ".join([f"{r:<5}" for r in running])


games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "incomplete": [10, 10, 10],
    "bad tenth": [0] * 18 + [10, 5],
    "negative": [-1] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, fs, running = score(rolls)
        print(f"{name}: {total}")
        print(sheet(fs, running))
    except BowlingError as e:
        print(f"{name}: invalid game ({e})")
