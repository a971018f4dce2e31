# A limit beyond every int: all entries. A bool counts as an int (True == 1).
import sys


def f():
    g()


def g():
    return 1 / 0


sys.tracebacklimit = 10 ** 30
try:
    f()
except ZeroDivisionError as e:
    print("caught", e)
sys.tracebacklimit = True
f()
