import sys


class AppError(Exception):
    pass


def risky(x):
    try:
        value = 10 / x
    except ZeroDivisionError as exc:
        raise AppError("bad input") from exc
    except (TypeError, ValueError):
        value = None
    else:
        value += 1
    finally:
        print("cleanup", file=sys.stderr)
    return value


try:
    risky(0)
except* AppError as group:
    print(group.exceptions)
