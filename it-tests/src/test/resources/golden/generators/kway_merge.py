# Merging sorted generators with a hand-written binary heap; lazy consumption is logged.
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        smallest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < n and heap[child] < heap[smallest]:
                smallest = child
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest


def source(name, values):
    for v in values:
        print(f"    {name} produces {v}")
        yield v
    print(f"    {name} exhausted")


def merge(*iterables):
    heap = []
    iterators = [iter(it) for it in iterables]
    for index, it in enumerate(iterators):
        for first in it:
            heap_push(heap, (first, index))
            break
    while heap:
        value, index = heap_pop(heap)
        yield value
        for nxt in iterators[index]:
            heap_push(heap, (nxt, index))
            break


m = merge(source("a", [1, 4, 9]), source("b", [2, 3, 10, 11]), source("c", []), source("d", [0, 5]))
print("first three:")
for _ in range(3):
    print("  ->", next(m))
print("rest:", list(m))


def multiples(k, limit):
    n = k
    while n <= limit:
        yield n
        n += k


def unique(iterable):
    previous = object()
    for x in iterable:
        if x != previous:
            yield x
            previous = x


print(list(unique(merge(multiples(3, 30), multiples(5, 30), multiples(7, 30)))))


def hamming():
    heap = [1]
    seen = {1}
    while True:
        h = heap_pop(heap)
        yield h
        for f in (2, 3, 5):
            if h * f not in seen:
                seen.add(h * f)
                heap_push(heap, h * f)


h = hamming()
print([next(h) for _ in range(30)])
words = merge(iter(sorted("delta alpha echo".split())), iter(sorted("charlie bravo foxtrot".split())))
print(list(words))
