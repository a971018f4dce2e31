# __suppress_context__ = True without a cause hides the context.
try:
    raise ValueError("hidden")
except ValueError:
    e = RuntimeError("shown")
    e.__suppress_context__ = True
    raise e
