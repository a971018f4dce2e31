# Inside an except* clause the handled exception (sys.exc_info, sys.exception, bare raise) is
# the matched part; after the try statement the previous one is back.
import sys


def show(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else None, repr(v), sys.exception() is v)


try:
    raise KeyError("outer")
except KeyError:
    show("outer handler")
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        show("ValueError clause")
    except* TypeError as e:
        show("TypeError clause")
        print(sys.exc_info()[1] is e)
    show("after try/except*")
show("top level")

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked clause")
    print(e.exceptions[0].__traceback__ is not None, e.__traceback__)


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(3)])
        except* KeyError:
            show("inner clause")
        show("back in ValueError clause")


nested()
show("end")
