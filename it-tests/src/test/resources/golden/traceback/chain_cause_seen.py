# When the cause was already printed, the context is not used in its place.
a = ValueError("a")
b = TypeError("b")
c = KeyError("c")
b.__cause__ = a
a.__cause__ = b
a.__context__ = c
raise b
