# __cause__, __context__ and __suppress_context__ set by hand.
first = ValueError("first")
second = TypeError("second")
third = KeyError("third")
second.__context__ = first
third.__cause__ = second
third.__suppress_context__ = False
print(third.__suppress_context__, third.__cause__ is second)
raise third
