# sys.tracebacklimit keeps only the innermost entries.
import sys


def a():
    return b()


def b():
    return c()


def c():
    return [][0]


sys.tracebacklimit = 2
a()
