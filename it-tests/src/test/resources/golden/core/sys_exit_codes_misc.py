# sys.exit with an object that is neither int nor None: it is printed to stderr and the status is 1.
import sys


class Report:
    def __init__(self, errors):
        self.errors = errors

    def __str__(self):
        return f"{len(self.errors)} errors: " + "; ".join(self.errors)


errors = []
for value in ("12", "x", "7", "", "3"):
    try:
        int(value)
        print("ok", repr(value))
    except ValueError as e:
        errors.append(str(e))
        print("bad", repr(value))
try:
    sys.exit(True)
except SystemExit as e:
    print("sys.exit(True) would exit with", int(e.code))
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("sys.exit([1, 2]) code is", e.code)
if errors:
    sys.exit(Report(errors))
print("not reached")
