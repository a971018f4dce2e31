# A failing call whose arguments span several lines, and a failure inside a multi-line dict display.

def scale(values, factor, offset):
    return [v * factor + offset for v in values]


def build(rows):
    return {
        "count": len(rows),
        "first": rows[0],
        "scaled": scale(rows, 2, 1),
        "ratio": rows[0] / rows[-1],
    }


print(build([1, 2, 4]))
print(build([3, 6]))
report = build(
    [
        5,
        0,
    ]
)
print(report)
