# except and except* cannot be mixed on one try statement.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    pass
except TypeError:
    pass
print("never printed")
