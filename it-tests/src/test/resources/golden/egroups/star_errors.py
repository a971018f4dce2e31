# The types an except* clause may name: no groups, only exception classes; checked when the
# clause is reached, and the TypeError is chained to the exception being handled.
def attempt(label, make_type, exc=None):
    try:
        try:
            raise exc if exc is not None else ExceptionGroup("eg", [ValueError(1)])
        except* make_type():
            print(label, "clause ran")
    except TypeError as e:
        print(label, "->", e, "| context:", repr(e.__context__))
    except BaseException as e:
        print(label, "escaped", repr(e))


attempt("ExceptionGroup", lambda: ExceptionGroup)
attempt("BaseExceptionGroup", lambda: BaseExceptionGroup)
attempt("tuple with a group", lambda: (ValueError, ExceptionGroup))
attempt("group subclass", lambda: type("MyGroup", (ExceptionGroup,), {}))
attempt("int", lambda: int)
attempt("instance", lambda: ValueError())
attempt("tuple with str", lambda: (ValueError, "x"))
attempt("empty tuple", lambda: ())
attempt("nested tuple", lambda: (TypeError, (ValueError,)))
attempt("naked exc, ExceptionGroup", lambda: ExceptionGroup, ValueError("naked"))
attempt("ok tuple", lambda: (KeyError, ValueError))


def second_clause_bad():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* ExceptionGroup:
        print("never")


try:
    second_clause_bad()
except TypeError as e:
    print("second clause:", e)
    print("context:", repr(e.__context__))
