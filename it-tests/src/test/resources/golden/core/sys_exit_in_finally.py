# sys.exit() inside a finally block replaces an exception that was propagating: no traceback,
# and the exit status comes from sys.exit.
import sys


def risky():
    print("about to fail")
    return {}["missing"]


def main():
    try:
        risky()
    finally:
        print("cleaning up and exiting with status 4")
        sys.exit(4)


print("start")
for step in ("one", "two"):
    print("step", step)
main()
print("not reached")
