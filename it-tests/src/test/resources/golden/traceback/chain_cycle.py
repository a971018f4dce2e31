# A cycle of contexts is printed once per exception, not forever.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
raise a
