# A memoizing decorator with a per-function cache dict, hit/miss statistics and cache clearing.

def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = func(*args)
        cache[args] = result
        return result

    def info():
        return f"{func.__name__}: hits={stats['hits']} misses={stats['misses']} size={len(cache)}"

    def clear():
        cache.clear()
        stats["hits"] = stats["misses"] = 0

    wrapper.info = info
    wrapper.clear = clear
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.info())
print(fib(90), fib.info())
fib.clear()
print(fib.info(), fib(10), fib.info())


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(14, 14), grid_paths.info())


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for a, b in (("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")):
    print(a, b, edit_distance(a, b))
print(edit_distance.info())
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
print(fib.__wrapped__(10), fib.__name__)
