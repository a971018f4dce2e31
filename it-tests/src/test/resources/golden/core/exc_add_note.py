# add_note() and __notes__ (PEP 678).

e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)


def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item {item!r}")
        raise


for item in (2, 0):
    try:
        print(process(item))
    except ZeroDivisionError as err:
        print(type(err).__name__, err, err.__notes__)

err = KeyError("k")
err.__notes__ = ["assigned directly"]
err.add_note("appended")
print(err.__notes__)
err.__notes__ = "not a list"
try:
    err.add_note("fails")
except TypeError as e2:
    print("TypeError:", e2)


class Rich(Exception):
    def __init__(self, msg, *notes):
        super().__init__(msg)
        for n in notes:
            self.add_note(n)


try:
    raise Rich("rich error", "hint: check the config", "see the docs")
except Rich as r:
    print(r, r.__notes__)
base = BaseException("base")
base.add_note("notes work on BaseException too")
print(base.__notes__, type(base.__notes__).__name__)
del base.__notes__
print(hasattr(base, "__notes__"))
