# Moderately deep recursion within the default limit, and RecursionError caught and recovered from.
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500), depth(900))


def sum_list(items):
    if not items:
        return 0
    return items[0] + sum_list(items[1:])


print(sum_list(list(range(400))))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100), "(recursion works again after the error)")


def count_until_error():
    level = 0

    def dive():
        nonlocal level
        level += 1
        dive()
    try:
        dive()
    except RecursionError:
        return level


reached = count_until_error()
print(900 < reached <= 1000)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, e)
nested = []
for _ in range(300):
    nested = [nested]


def flatten_depth(x):
    return 1 + flatten_depth(x[0]) if x else 0


print(flatten_depth(nested))
print(isinstance(RecursionError(), RuntimeError), RecursionError.__mro__[1].__name__)
