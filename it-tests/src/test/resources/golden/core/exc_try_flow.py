# The order in which try, except, else and finally blocks run, for every outcome.

def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "other":
            raise KeyError("k")
        if action == "return":
            return log + ["returned"]
        log.append("try done")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for action in ("ok", "raise", "return"):
    print(action, run(action))
try:
    run("other")
except KeyError as e:
    print("other: KeyError escaped:", e)


def nested(level):
    try:
        try:
            if level == 1:
                raise TypeError("inner")
            print("   inner ok")
        finally:
            print("   inner finally")
        if level == 2:
            raise ValueError("outer")
    except TypeError as e:
        print("   outer caught TypeError:", e)
    except ValueError as e:
        print("   outer caught ValueError:", e)
    finally:
        print("   outer finally")


for level in (0, 1, 2):
    print("level", level)
    nested(level)


def else_raises():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise ValueError("raised in else is not caught by the same try")


try:
    else_raises()
except ValueError as e:
    print("caught outside:", e)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise KeyError("from handler")
    finally:
        print("finally runs while KeyError propagates")
except KeyError as e:
    print("KeyError:", e)
