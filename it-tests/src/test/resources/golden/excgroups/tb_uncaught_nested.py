# Nested groups with tracebacks at every level, printed with nested boxes.
def task(n):
    if n % 2:
        raise OSError(f"task {n} failed")
    return n


def run_batch(name, ids):
    errors = []
    for i in ids:
        try:
            task(i)
        except OSError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"batch {name}", errors)


def run_all():
    failures = []
    for name, ids in (("a", [1, 2]), ("b", [4, 6]), ("c", [3, 5])):
        try:
            run_batch(name, ids)
        except ExceptionGroup as eg:
            failures.append(eg)
    failures.append(TimeoutError("watchdog"))
    raise ExceptionGroup("run_all", failures)


run_all()
