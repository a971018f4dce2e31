# break, continue and return are not allowed directly inside an except* block.
def f():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        return "handled"


print("never printed")
