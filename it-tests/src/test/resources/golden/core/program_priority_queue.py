# A binary min-heap priority queue class with stable ordering, used for task scheduling.

class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._sift_up(len(self.heap) - 1)

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def peek(self):
        return (self.heap[0][0], self.heap[0][2]) if self.heap else None

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)


pq = PriorityQueue()
for priority, task in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch"), (2, "test")]:
    pq.push(priority, task)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

seed = 42
values = []
for _ in range(40):
    seed = (seed * 1664525 + 1013904223) % 2 ** 32
    values.append(seed % 1000)
heap = PriorityQueue()
for v in values:
    heap.push(v, v)
drained = [heap.pop()[0] for _ in range(len(values))]
print(drained == sorted(values), drained[:10])

# Simulation: jobs arrive with durations; a single worker runs the shortest job first.
jobs = [(0, "A", 8), (1, "B", 4), (2, "C", 9), (3, "D", 5), (10, "E", 2)]
time_now = 0
ready = PriorityQueue()
pending = list(jobs)
finished = []
while pending or ready:
    while pending and pending[0][0] <= time_now:
        arrival, name, duration = pending.pop(0)
        ready.push(duration, (name, arrival))
    if not ready:
        time_now = pending[0][0]
        continue
    duration, (name, arrival) = ready.pop()
    time_now += duration
    finished.append((name, arrival, time_now, time_now - arrival))
for name, arrival, done, turnaround in finished:
    print(f"job {name}: arrived {arrival:>2}, finished {done:>2}, turnaround {turnaround:>2}")
print("average turnaround", sum([f[3] for f in finished]) / len(finished))
