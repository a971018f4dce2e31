# The unhandled part of a group escaping an except* statement, plus an exception raised by a
# handler: the display shows the combined group and the contexts.
def work():
    raise ExceptionGroup("jobs", [ValueError("bad input"), PermissionError("denied"), KeyError("lost")])


try:
    work()
except* ValueError:
    print("ValueErrors are handled")
except* KeyError as eg:
    raise RuntimeError("could not recover the key") from None
