# sys.tracebacklimit = 0: no "Traceback" block at all, only the message line (also for causes).
import sys


def fail():
    raise KeyError("k")


sys.tracebacklimit = 0
try:
    fail()
except KeyError as e:
    raise ValueError("wrapped") from e
