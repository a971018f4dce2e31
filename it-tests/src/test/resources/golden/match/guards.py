# Guards: evaluated only after the pattern matches, in order, with side effects visible;
# names bound by a pattern whose guard fails stay bound.
log = []


def check(label, result):
    log.append(label)
    return result


def route(x):
    match x:
        case int(n) if check(f"positive? {n}", n > 0):
            return "positive int"
        case int(n) if check(f"even? {n}", n % 2 == 0):
            return "non-positive even int"
        case [a, b] if check(f"sum? {a}+{b}", a + b == 10):
            return "pair summing to 10"
        case [a, b] if check("second guard on pair", a > b):
            return "descending pair"
        case str() if check("str guard", False):
            return "never"
        case _:
            return "fallback"


for v in [5, -4, -3, [3, 7], [9, 2], [1, 9], "s", [1, 2, 3]]:
    log.clear()
    print(f"{v!r:12} {route(v):24} guards run: {log}")


def bound_after_failed_guard(v):
    match v:
        case [x, y] if x > y:
            return "descending", x, y
        case _:
            return "fell through but x, y are", x, y


print(bound_after_failed_guard([1, 2]))


def partial_binding(v):
    match v:
        case [x, 0]:
            return "second is zero"
        case _:
            pass
    try:
        return f"x bound to {x}"
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(partial_binding([5, 1]))
print(partial_binding("xy"))


def guard_raises(v):
    match v:
        case n if 10 // n > 2:
            return "big quotient"
        case _:
            return "small"


print(guard_raises(2), guard_raises(4))
try:
    guard_raises(0)
except ZeroDivisionError as e:
    print("guard raised:", e)


def walrus_in_guard(items):
    match items:
        case [*xs] if (total := sum(xs)) > 10:
            return f"big total {total}"
        case [*xs]:
            return f"small total {total}"


print(walrus_in_guard([5, 6]), walrus_in_guard([1, 2]))
