# The interleaving of side effects between producers and consumers is exactly defined.
log = []


def noisy(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i


log.clear()
total = sum(x + y for x, y in zip(noisy("a", 3), noisy("b", 2)))
print(total, log)

log.clear()
result = [(x, y) for x in noisy("o", 2) for y in noisy("i", 2)]
print(result, log)

log.clear()
g = ((x, y) for x in noisy("O", 2) for y in noisy("I", 2))
log.append("created")
next(g)
log.append("first")
list(g)
print(log)

log.clear()
m = map(lambda v: log.append(f"map{v}") or v * 2, noisy("m", 3))
log.append("map created")
f = filter(lambda v: log.append(f"filter{v}") or v > 0, m)
log.append("filter created")
print(list(f), log)

log.clear()
d = {k: v for k, v in zip(noisy("k", 3), noisy("v", 3))}
print(d, log)


def pull(source, tag):
    for item in source:
        log.append(f"{tag} got {item}")
        yield item


log.clear()
chain = pull(pull(pull(noisy("s", 2), "p1"), "p2"), "p3")
for v in chain:
    log.append(f"consumer {v}")
for line in log:
    print(" ", line)

log.clear()


def args_order():
    return [next(a) + next(b) * 10 for a, b in [(noisy("x", 1), noisy("y", 1))]]


print(args_order(), log)
log.clear()
first, second = noisy("u", 2)
print(first, second, log)
log.clear()
print(max(noisy("M", 4)), min(noisy("N", 2)), log)
