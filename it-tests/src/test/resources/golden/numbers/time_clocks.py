# The clocks of the time module: types, monotonicity, agreement between the float and _ns forms,
# sleep's argument rules, and process time.
import time
a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a, type(time.monotonic_ns()).__name__)
p1 = time.perf_counter_ns()
time.sleep(0.01)
p2 = time.perf_counter_ns()
print(p2 - p1 >= 10_000_000, type(time.perf_counter()).__name__)
t = time.time()
tn = time.time_ns()
print(type(t).__name__, type(tn).__name__, abs(tn / 1e9 - t) < 5, t > 1.7e9)
print(time.process_time() >= 0, type(time.process_time_ns()).__name__, time.thread_time() >= 0)
print(time.sleep(0), time.sleep(False), time.sleep(0.001))
for arg in [-1, -0.5, "1", None, float("nan"), 2**70]:
    try:
        time.sleep(arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(arg), type(e).__name__ + ":", e)
g = time.gmtime(time.time())
print(g.tm_year >= 2024, 0 <= g.tm_yday <= 366)
