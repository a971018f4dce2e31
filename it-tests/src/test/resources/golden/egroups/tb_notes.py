# Notes on groups and on their sub-exceptions print after each message, one margin per line.
class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


a = ValueError("with notes")
a.add_note("line one\nline two")
a.add_note("")
a.add_note("trailing newline\n")
a.add_note("crlf\r\nand cr\rend")
b = TypeError("odd notes")
b.__notes__ = [BadStr(), 42, "after"]
c = KeyError("str notes")
c.__notes__ = "not a list"
d = IndexError("repr fails")
d.__notes__ = BadRepr()
e = OSError("tuple notes")
e.__notes__ = ("x", "y")
inner = ExceptionGroup("inner", [c, d])
inner.add_note("inner group note")
eg = ExceptionGroup("noted", [a, b, inner, e])
eg.add_note("group note 1")
eg.add_note("group note 2\n  indented")
raise eg
