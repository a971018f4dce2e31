# An uncaught group whose sub-exceptions were raised (each with its own traceback).
def fail(kind, arg):
    raise kind(arg)


def collect():
    errors = []
    for kind, arg in ((ValueError, "bad value"), (TypeError, "bad type"), (KeyError, "missing")):
        try:
            fail(kind, arg)
        except Exception as e:
            errors.append(e)
    return errors


def run():
    raise ExceptionGroup("several failures", collect())


print("before")
run()
