# A negative limit prints no traceback either.
import sys

sys.tracebacklimit = -5
print("limit", sys.tracebacklimit)
int("forty")
