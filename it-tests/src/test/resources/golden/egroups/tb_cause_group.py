# A plain exception whose cause is a group, and a group that is its own sub-exception's context.
def parse(items):
    errors = []
    for item in items:
        try:
            int(item)
        except ValueError as e:
            e.add_note(f"while parsing {item!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("parse errors", errors)


def load():
    try:
        parse(["1", "x", "2", "y"])
    except ExceptionGroup as g:
        raise RuntimeError("load failed") from g


def main():
    try:
        load()
    finally:
        print("cleanup")


main()
