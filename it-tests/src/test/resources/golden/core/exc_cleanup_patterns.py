# Resource cleanup patterns: try/finally with flags, nested resources, and rollback on failure.

log = []


class Conn:
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
        self.open = True
        log.append(f"open {name}")

    def execute(self, sql):
        if self.fail_on and self.fail_on in sql:
            raise RuntimeError(f"{self.name}: cannot execute {sql!r}")
        log.append(f"{self.name}: {sql}")

    def close(self):
        self.open = False
        log.append(f"close {self.name}")


def transfer(fail_on=None):
    log.clear()
    conn = Conn("db", fail_on)
    committed = False
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE a SET x = x - 1")
        conn.execute("UPDATE b SET x = x + 1")
        conn.execute("COMMIT")
        committed = True
    except RuntimeError as e:
        log.append(f"error: {e}")
        conn.execute("ROLLBACK")
    finally:
        if not committed:
            log.append("not committed")
        conn.close()
    return committed


for fail in (None, "UPDATE b", "COMMIT"):
    result = transfer(fail)
    print(f"fail_on={fail!r}: committed={result}")
    for line in log:
        print("   ", line)


def two_resources(fail_second):
    log.clear()
    first = Conn("first")
    try:
        second = Conn("second", "x" if fail_second else None)
        try:
            second.execute("x" if fail_second else "y")
        finally:
            second.close()
    finally:
        first.close()


for flag in (False, True):
    try:
        two_resources(flag)
        print("two_resources ok:", log)
    except RuntimeError as e:
        print("two_resources failed:", e, log)
