# Notes on groups and sub-exceptions, and a cause chain, in the uncaught display.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        raise


def parse_all(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except ValueError as e:
            errors.append(e)
    eg = ExceptionGroup("parse errors", errors)
    eg.add_note("input came from the command line")
    eg.add_note("second note\nwith two lines")
    return eg


try:
    {}["config"]
except KeyError as missing:
    raise parse_all(["1", "x", "2.5"]) from missing
