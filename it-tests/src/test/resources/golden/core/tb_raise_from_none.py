# raise ... from None suppresses the context: only the last traceback is printed.

class MissingSetting(LookupError):
    pass


DEFAULTS = {"colour": "blue"}


def setting(name, overrides):
    try:
        return overrides[name]
    except KeyError:
        try:
            return DEFAULTS[name]
        except KeyError:
            raise MissingSetting(f"no setting called {name!r}") from None


overrides = {"size": 10}
print(setting("size", overrides))
print(setting("colour", overrides))
print(setting("shape", overrides))
