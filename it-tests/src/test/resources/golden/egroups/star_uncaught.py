# What is printed when a try/except* leaves a group: re-raised parts with their traceback, new
# exceptions in a group without one, contexts inside the frames.
def fetch(i):
    if i == 2:
        raise ConnectionError(f"fetch {i} failed")
    raise ValueError(f"bad data {i}")


def fetch_all():
    errors = []
    for i in range(4):
        try:
            fetch(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("fetch_all", errors)


def main():
    try:
        fetch_all()
    except* ConnectionError as c:
        print("retrying", len(c.exceptions))
        raise TimeoutError("retry also failed")
    except* KeyError:
        print("no KeyError here")


main()
