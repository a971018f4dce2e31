# A chain of three: context, then cause; printed oldest first.
def level1():
    raise OSError("disk")


def level2():
    try:
        level1()
    except OSError:
        return 1 / 0


def level3():
    try:
        level2()
    except ZeroDivisionError as e:
        raise RuntimeError("giving up") from e


level3()
