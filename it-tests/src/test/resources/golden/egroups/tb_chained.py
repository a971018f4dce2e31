# Causes and contexts of sub-exceptions print inside their frame, with the separator lines.
def with_cause():
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("from key") from k


def with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during division")


def group_context():
    try:
        raise ExceptionGroup("ctx", [OSError("a"), OSError("b")])
    except ExceptionGroup:
        raise RuntimeError("after a group")


excs = []
for f in (with_cause, with_context, group_context):
    try:
        f()
    except Exception as e:
        excs.append(e)
suppressed = LookupError("suppressed")
suppressed.__context__ = IndexError("hidden")
suppressed.__suppress_context__ = True
excs.append(suppressed)
try:
    raise ExceptionGroup("chains", excs)
except ExceptionGroup as g:
    raise AssertionError("handling the group") from g
