# An LRU cache class on top of dict ordering, used as a decorator with hit/miss statistics.

class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(f"{op:<10} -> keys {list(cache.data)}")
    else:
        print(f"{op:<10} -> {cache.get(parts[1])!r:<6} keys {list(cache.data)}")
print(cache, len(cache), "a" in cache, "b" in cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def lru(capacity):
    def decorate(fn):
        store = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            value = store.get(args, missing)
            if value is missing:
                value = fn(*args)
                store.put(args, value)
            return value
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate


@lru(64)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways.cache.hits, ways.cache.misses, ways.cache.evictions, len(ways.cache))


@lru(2)
def slow_square(n):
    print("   computing", n)
    return n * n


print([slow_square(n) for n in (1, 2, 1, 3, 2, 1)], slow_square.cache)
