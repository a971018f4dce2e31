# The order of finally blocks when control leaves nested try statements in different ways.

log = []


def nested(action):
    log.clear()
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if action == "raise":
                raise ValueError("x")
            if action == "return":
                return "returned"
        finally:
            log.append("inner finally")
        log.append("between")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return "fell through"


for action in ("none", "raise", "return"):
    result = nested(action)
    print(f"{action:<7} {result:<13} {log}")


def loop_control():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(f"body {i}")
            finally:
                out.append(f"inner finally {i}")
        finally:
            out.append(f"outer finally {i}")
    return out


for line in loop_control():
    print("  ", line)


def cleanup_stack(n):
    if n == 0:
        raise RuntimeError("bottom of the stack")
    try:
        cleanup_stack(n - 1)
    finally:
        print(f"   unwinding level {n}")


try:
    cleanup_stack(3)
except RuntimeError as e:
    print("caught:", e)


def with_and_finally():
    class CM:
        def __enter__(self):
            print("   enter")

        def __exit__(self, *a):
            print("   exit")
    try:
        with CM():
            try:
                return "done"
            finally:
                print("   innermost finally")
    finally:
        print("   function finally")


print(with_and_finally())
