# Generator expressions as sole arguments and consumed by builtins.
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sum(len(w) for w in words))
print(max(len(w) for w in words), min(len(w) for w in words))
print(any(w.startswith("b") for w in words), all(len(w) > 2 for w in words))
print(sorted((w[::-1] for w in words), key=len))
print(", ".join(w.upper() for w in words if "a" in w))
print(list(enumerate(w[0] for w in words)))
print(dict((w, len(w)) for w in words[:3]))
print(tuple(i * i for i in range(6)))
print(set(len(w) for w in words) == {3, 4, 5, 6})
print(sum((x for x in range(5)), 100))
print(max((len(w), w) for w in words))
print(min((w for w in words), key=lambda s: s[-1]))
print(list(zip((c for c in "abc"), (n for n in range(10)))))
print(list(map(str, (x ** 2 for x in range(4)))))
print(list(filter(None, (x % 3 for x in range(7)))))
print("".join(reversed(list(c for c in "stressed"))))


def seen(items, log):
    for x in items:
        log.append(x)
        yield x


log = []
print("any short-circuits:", any(v > 2 for v in seen(range(10), log)), log)
log = []
print("all short-circuits:", all(v < 2 for v in seen(range(10), log)), log)
log = []
print("next finds the first:", next(v for v in seen(range(100), log) if v * v > 20), log)
log = []
print("in stops early:", 4 in (v for v in seen(range(10), log)), log)

print(sum(x for x in range(3)))
print(sorted(x for x in [3, 1, 2]))
print(list(x for x in (y for y in (z for z in range(3)))))
