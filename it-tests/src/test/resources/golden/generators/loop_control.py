# yield inside loops with break, continue, else, nested loops and while conditions.
def scan(rows, target):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                yield f"skip ({r},{c})"
                continue
            if value == target:
                yield f"found at ({r},{c})"
                break
            yield value
        else:
            yield f"row {r} had no {target}"
            continue
        yield f"leaving after row {r}"
        break
    else:
        yield "target never found"


grid = [[1, None, 2], [3, 4, 5], [6, 7, None]]
print(list(scan(grid, 4)))
print(list(scan(grid, 99)))


def countdown_with_else(n):
    while n > 0:
        got = yield n
        if got == "stop":
            yield "stopped early"
            break
        n -= 1
    else:
        yield "liftoff"
    yield "after loop"


print(list(countdown_with_else(3)))
g = countdown_with_else(5)
out = [next(g), next(g), g.send("stop")]
out.extend(g)
print(out)


def try_in_loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield f"finally {i}"
    yield "done"


print(list(try_in_loop()))


def while_true_with_return(limit):
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > limit:
            return f"stopped at {i}"
        yield i


g = while_true_with_return(7)
print(list(g))
g = while_true_with_return(3)
try:
    while True:
        print("value", next(g))
except StopIteration as e:
    print("return:", e.value)


def nested_generators_break():
    for outer in range(3):
        for inner in (x * 10 for x in range(outer, 10)):
            if inner > 30:
                break
            yield outer, inner


print(list(nested_generators_break()))
