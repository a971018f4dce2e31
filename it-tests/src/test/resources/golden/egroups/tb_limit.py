# sys.tracebacklimit applies to each traceback block inside a group too.
import sys


def a(n):
    if n:
        a(n - 1)
    raise ValueError(n)


def collect():
    out = []
    for n in (0, 3):
        try:
            a(n)
        except ValueError as e:
            out.append(e)
    return out


sys.tracebacklimit = 2
try:
    raise ExceptionGroup("limited", collect())
except ExceptionGroup as g:
    try:
        raise ExceptionGroup("zero", [g])
    except ExceptionGroup as z:
        sys.tracebacklimit = 1
        raise ExceptionGroup("outer", [z, g]) from None
