# __notes__ that is a str (or not a sequence) prints as its repr, on one line.
e = KeyError("k")
e.__notes__ = "just a string"
try:
    raise e
except KeyError:
    pass
f = ValueError("v")
f.__notes__ = ("a", "b")
try:
    raise f
except ValueError:
    pass
g = RuntimeError("r")
g.__notes__ = 42
raise g
