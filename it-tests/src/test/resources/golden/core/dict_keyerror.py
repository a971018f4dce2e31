# KeyError messages show repr() of the key; a tuple key is shown as given.

d = {"a": 1, 2: "two", (1, 2): "pair"}
for key in ("b", 3, (1, 3), "", None, 2.5, "multi\nline", frozenset({1})):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)

try:
    raise KeyError()
except KeyError as e:
    print("empty KeyError:", repr(str(e)), e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("two args:", e, e.args)
try:
    raise KeyError(("tuple",))
except KeyError as e:
    print("tuple arg:", e)


def lookup(table, *path):
    node = table
    for step in path:
        try:
            node = node[step]
        except KeyError:
            raise KeyError(f"path {'/'.join(map(str, path))} missing at {step!r}") from None
        except TypeError as e:
            raise TypeError(f"cannot index into {type(node).__name__} at {step!r}") from e
    return node


config = {"db": {"host": "localhost", "ports": [5432, 5433]}}
print(lookup(config, "db", "host"), lookup(config, "db", "ports", 1))
for path in (("db", "user"), ("web",), ("db", "host", "x")):
    try:
        lookup(config, *path)
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
print(isinstance(KeyError(), LookupError), issubclass(KeyError, Exception), KeyError.__mro__)
