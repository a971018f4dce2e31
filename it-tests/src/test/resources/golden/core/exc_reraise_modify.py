# Re-raising: bare raise keeps the original traceback; raise e adds the current line; args can be changed.

def depth_of(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n


def source():
    raise ValueError("original message")


def bare():
    try:
        source()
    except ValueError:
        raise


def named():
    try:
        source()
    except ValueError as e:
        raise e


def modified():
    try:
        source()
    except ValueError as e:
        e.args = (e.args[0] + " (with more context)",) + e.args[1:]
        raise


def wrapped():
    try:
        source()
    except ValueError as e:
        raise type(e)(f"wrapped: {e}") from e


for fn in (bare, named, modified, wrapped):
    try:
        fn()
    except ValueError as e:
        lines = []
        tb = e.__traceback__
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(f"{fn.__name__:<9} {str(e)!r:<48} frames={depth_of(e.__traceback__)} lines={lines} cause={e.__cause__!r}")


def retry(times):
    last = None
    for i in range(times):
        try:
            raise ConnectionError(f"attempt {i}")
        except ConnectionError as e:
            last = e
    raise RuntimeError(f"gave up after {times} attempts") from last


try:
    retry(3)
except RuntimeError as e:
    print(e, "<-", e.__cause__, "| context is the same object:", e.__context__ is e.__cause__)
