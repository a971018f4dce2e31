# A bare raise re-raises with the original traceback plus the re-raising frame.
def inner():
    return int("x")


def outer():
    try:
        inner()
    except ValueError:
        print("logging and re-raising")
        raise


outer()
