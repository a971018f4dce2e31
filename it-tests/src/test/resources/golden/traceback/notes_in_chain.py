# Notes belong to their exception in a chain.
try:
    err = OSError("read failed")
    err.add_note("while reading config.ini")
    raise err
except OSError as cause:
    final = RuntimeError("startup aborted")
    final.add_note("see the log")
    raise final from cause
