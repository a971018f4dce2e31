# sys.exc_info() and sys.exception() inside and outside handlers, including nested handlers.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print(f"{label:<34}", t.__name__ if t else None, repr(v), tb is not None, repr(sys.exception()))


show("outside any handler")
try:
    raise ValueError("outer")
except ValueError:
    show("in ValueError handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in nested KeyError handler")
    show("back in ValueError handler")
show("after the handlers")


def helper():
    show("called from a handler")


try:
    1 / 0
except ZeroDivisionError:
    helper()

try:
    try:
        raise TypeError("t")
    finally:
        show("in finally while TypeError flies")
except TypeError:
    pass

try:
    raise IndexError("i")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t is IndexError, v.__traceback__ is tb, tb.tb_lineno, type(tb).__name__)


def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        show("in else block")


in_else()
try:
    raise RuntimeError("r")
except RuntimeError as e:
    saved = e
print(sys.exc_info() == (None, None, None), saved.__traceback__ is not None)
