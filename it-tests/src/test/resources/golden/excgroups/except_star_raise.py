# Raising inside except*: bare re-raise, new exceptions, raise from, and how results are combined.
def show(e, indent=""):
    if isinstance(e, BaseExceptionGroup):
        print(f"{indent}{type(e).__name__}({e.message!r})"
              + (f" context={e.__context__!r}" if not isinstance(e.__context__, BaseExceptionGroup) and e.__context__ else ""))
        for s in e.exceptions:
            show(s, indent + "  ")
    else:
        extra = ""
        if e.__context__ is not None:
            extra += f" context={type(e.__context__).__name__}"
        if e.__cause__ is not None:
            extra += f" cause={e.__cause__!r}"
        print(f"{indent}{e!r}{extra}")


def source():
    return ExceptionGroup("src", [ValueError("v"), TypeError("t"), KeyError("k")])


print("-- bare raise re-raises the matched part; the group keeps the original structure")
try:
    try:
        raise source()
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as eg:
    show(eg)

print("-- a new exception in a handler is grouped with the unhandled rest")
try:
    try:
        raise source()
    except* ValueError as eg:
        raise RuntimeError("replacement")
except ExceptionGroup as eg:
    show(eg)

print("-- raise from inside except*")
try:
    try:
        raise source()
    except* KeyError as eg:
        raise LookupError("wrapped key error") from eg
    except* (ValueError, TypeError):
        pass
except Exception as e:
    print("a single new exception with nothing left over is raised as it is:", type(e).__name__)
    show(e)

print("-- both a re-raise and a new exception")
try:
    try:
        raise source()
    except* ValueError:
        raise
    except* TypeError:
        raise OSError("new one")
    except* KeyError:
        pass
except ExceptionGroup as eg:
    show(eg)

print("-- raising a group from a handler")
try:
    try:
        raise source()
    except* ValueError:
        raise ExceptionGroup("from handler", [ZeroDivisionError("z"), OverflowError("o")])
    except* Exception:
        pass
except ExceptionGroup as eg:
    show(eg)

print("-- plain exception handled by except* and re-raised comes back unwrapped")
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ValueError as e:
    print("unwrapped:", repr(e))
except ExceptionGroup as eg:
    print("wrapped:", repr(eg))
