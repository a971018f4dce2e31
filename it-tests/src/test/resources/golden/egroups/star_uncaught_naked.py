# A bare exception caught by except* and re-raised leaves as an ExceptionGroup('', ...) whose
# sub-exception keeps its own traceback.
def parse(text):
    return int(text)


def load():
    try:
        parse("x1")
    except* ValueError as e:
        e.add_note("while loading")
        raise


try:
    load()
except* TypeError:
    pass
