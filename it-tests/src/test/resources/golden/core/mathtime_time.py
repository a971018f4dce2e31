# time.time, perf_counter, monotonic and sleep: only comparisons are printed, never times.
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, t0 > 1_600_000_000)
time.sleep(0.02)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print("perf_counter advanced at least 15 ms:", p1 - p0 >= 0.015)
print("monotonic advanced at least 15 ms:", m1 - m0 >= 0.015)
print("wall clock did not go backwards by more than a second:", t1 - t0 > -1)
readings = [time.monotonic() for _ in range(1000)]
print("monotonic never decreases:", all([b >= a for a, b in zip(readings, readings[1:])]))
readings = [time.perf_counter() for _ in range(1000)]
print("perf_counter never decreases:", all([b >= a for a, b in zip(readings, readings[1:])]))
start = time.perf_counter()
total = 0
for i in range(100000):
    total += i
elapsed = time.perf_counter() - start
print("loop result", total, "elapsed is non-negative:", elapsed >= 0)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
ns = time.perf_counter_ns()
print(type(ns).__name__, time.perf_counter_ns() >= ns, type(time.monotonic_ns()).__name__, type(time.time_ns()).__name__)


def timed(fn, *args):
    begin = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - begin


result, seconds = timed(sorted, list(range(1000, 0, -1)))
print(result[:5], seconds >= 0)
