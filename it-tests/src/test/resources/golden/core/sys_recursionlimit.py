# sys.getrecursionlimit / setrecursionlimit: reading, changing, validating, and using a higher limit.
import sys

original = sys.getrecursionlimit()
print("default limit", original)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


try:
    depth(1500)
except RecursionError as e:
    print("depth 1500 with the default limit:", e)
sys.setrecursionlimit(2500)
print("new limit", sys.getrecursionlimit())
print("depth 1500 now works:", depth(1500))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(original)
print("restored", sys.getrecursionlimit())
try:
    depth(2000)
except RecursionError as e:
    print("depth 2000 fails again:", type(e).__name__)
print(depth(200))
