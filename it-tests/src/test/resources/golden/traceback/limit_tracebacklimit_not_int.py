# A limit that is not an int is ignored.
import sys


def f():
    return None.attribute


sys.tracebacklimit = "3"
f()
