# Consumers that stop early and close their generators explicitly (directly or via a closing helper),
# so the cleanup in the generators runs at a well-defined point.
class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()
        return False


opened = []


def read_records(name, count):
    opened.append(name)
    print(f"  open {name}")
    try:
        for i in range(count):
            yield f"{name}:{i}"
    finally:
        opened.remove(name)
        print(f"  close {name} (still open: {opened})")


def find_first(records, suffix):
    with closing(records) as rs:
        for r in rs:
            if r.endswith(suffix):
                return r
    return None


print(find_first(read_records("alpha", 10), ":3"))
print(find_first(read_records("beta", 2), ":9"))
print("open after searches:", opened)

g = read_records("gamma", 5)
head = [next(g) for _ in range(2)]
print(head)
g.close()

a = read_records("a", 3)
b = read_records("b", 3)
pairs = []
with closing(a), closing(b):
    for x, y in zip(a, b):
        pairs.append(x + "|" + y)
        if len(pairs) == 2:
            break
print(pairs, "open:", opened)


def take(n, gen):
    try:
        for i, item in enumerate(gen):
            if i >= n:
                return
            yield item
    finally:
        gen.close()


print(list(take(2, read_records("delta", 100))))
print(list(take(0, read_records("epsilon", 100))))

outer = take(3, take(2, read_records("zeta", 10)))
print(next(outer))
outer.close()
print("open at the end:", opened)

g = read_records("eta", 3)
try:
    for item in g:
        print("  processing", item)
        if item.endswith(":1"):
            raise ValueError("bad record " + item)
except ValueError as e:
    print("error:", e)
    g.close()
print("finally open:", opened)
