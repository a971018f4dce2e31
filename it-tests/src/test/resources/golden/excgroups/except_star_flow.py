# try/except*/else/finally ordering, loops around except* (break and continue outside the
# handler), functions returning after the statement, and sys.exception() inside handlers.
import sys


def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what is not None:
            raise raise_what
    except* ValueError as eg:
        log.append(f"ValueError x{len(eg.exceptions)}")
        log.append(f"sys.exception() is the part: {sys.exception() is eg}")
    except* KeyError:
        log.append("KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


print(run(None))
print(run(ValueError("one")))
print(run(ExceptionGroup("g", [ValueError(), KeyError(), ValueError()])))
try:
    run(ExceptionGroup("g", [OSError("unhandled"), KeyError()]))
except ExceptionGroup as eg:
    print("escaped:", repr(eg))

results = []
for i in range(5):
    handled = False
    try:
        if i % 2:
            raise ExceptionGroup(f"g{i}", [IndexError(i)])
    except* IndexError:
        handled = True
    if handled and i == 3:
        break
    if handled:
        continue
    results.append(i)
print("loop results:", results, "stopped at", i)


def handler_with_nested_try():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
    except* ValueError as outer_part:
        try:
            raise KeyError("inside handler")
        except KeyError as e:
            print("nested plain except inside except*:", repr(e), "context:", repr(e.__context__))
    except* TypeError as t:
        try:
            raise ExceptionGroup("inner", [ZeroDivisionError()])
        except* ZeroDivisionError as z:
            print("nested except* inside except*:", repr(z), "context:", repr(z.__context__))
    return "ok"


print(handler_with_nested_try())


def finally_sees_group():
    try:
        try:
            raise ExceptionGroup("fin", [ValueError()])
        finally:
            print("finally sees:", repr(sys.exception()))
    except* ValueError:
        print("then except* handles it")


finally_sees_group()
