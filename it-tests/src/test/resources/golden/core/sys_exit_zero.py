# sys.exit(0) ends the program successfully; code after it does not run.
import sys


def square(n):
    return n * n


print("squares helper ready:", square(3))
status = "running"
print("status:", status)


print("doing some work")
results = [n * n for n in range(5)]
print("results:", results)
total = sum(results)
if total > 10:
    print("total", total, "is large enough; exiting early with status 0")
    sys.exit(0)
print("not reached")
for r in results:
    print(r)
print("also not reached")
