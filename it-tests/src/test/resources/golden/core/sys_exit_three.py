# sys.exit(3) raises SystemExit: finally blocks and __exit__ methods still run before the process ends.
import sys


class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release; exiting with", exc_type.__name__ if exc_type else None, exc.code if exc_type else "")
        return False


def main():
    with Resource():
        try:
            print("working")
            sys.exit(3)
        finally:
            print("finally in main")
    print("not reached")


try:
    main()
finally:
    print("outer finally")
print("not reached either")
