# Groups and sub-exceptions that were never raised have no traceback block; a group raised
# from inside a frame gets its header with "+" at the top level only.
never = ExceptionGroup("never raised", [ValueError(1), ExceptionGroup("nor this", [TypeError(2)])])
e = ExceptionGroup("outer", [never])
e.__traceback__ = None
print(e.__traceback__)
import sys
sys.stderr.write("manual header line\n")


def show():
    raise ExceptionGroup("raised", [never, KeyError("x")])


try:
    show()
except ExceptionGroup as g:
    g.__traceback__ = None
    raise g.with_traceback(None) from None
