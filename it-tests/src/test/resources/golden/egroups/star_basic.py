# except*: each clause gets the matching part of the group; what no clause matches is re-raised.
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError clause:", repr(e))
        except* (TypeError, KeyError) as e:
            print("TypeError/KeyError clause:", repr(e), type(e).__name__)
        except* LookupError:
            print("LookupError clause")
        except* Exception as e:
            print("Exception clause:", repr(e))
        print("after try (nothing left)")
    except BaseException as rest:
        print("escaped:", repr(rest))


run(ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), IndexError(4), OSError(5)]), "one of each")
run(ExceptionGroup("values", [ValueError(1), ValueError(2)]), "only values")
run(ExceptionGroup("nested", [ExceptionGroup("n1", [ValueError(1), IndexError(2)]), TypeError(3)]), "nested")
run(BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()]), "a BaseException is left")
run(ValueError("naked"), "naked ValueError")
run(IndexError("naked"), "naked IndexError")
run(SystemExit(3), "naked SystemExit")
run(ExceptionGroup("empty match", [OSError(1)]), "only Exception clause")

# a clause runs at most once, even if several sub-exceptions match
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as e:
    count += 1
    print(len(e.exceptions), "values in one run of the clause")
print("runs:", count)

# the matched part keeps the group's structure and metadata
try:
    try:
        raise ExceptionGroup("meta", [ValueError(1), ExceptionGroup("sub", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print(repr(e), e.__traceback__ is not None)
        matched = e
except* TypeError as t:
    print("outer got", repr(t))
print("name bound after the clause?", "e" in dir())
