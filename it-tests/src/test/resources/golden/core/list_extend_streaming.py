# list.extend and list() of a generic iterable append each item as it comes: a generator that
# watches the list sees it grow, and an error half way leaves the items before it.
l = [1, 2, 3]
out = []
def g():
    for x in l:
        out.append(len(out))
        yield x
out.extend(g())
print(out)
a = [1, 2]
a.extend(x * 2 for x in a[:])
print(a)
b = [0]
it = iter(b)
try:
    b.extend(v + 1 for v, _ in zip(it, range(5)))
except Exception as e:
    print(type(e).__name__)
print(b)
print(list(reversed([1, 2, 3])), list(filter(None, [0, 1, 2, 0])), list(map(str, range(3))), list(x for x in "ab"))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        if self.n == 3:
            raise ValueError("boom")
        return self.n
c = [9]
try:
    c.extend(It())
except ValueError as e:
    print("ValueError", e, c)
