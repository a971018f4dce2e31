# split() builds new groups with derive() and copies __traceback__, __cause__, __context__ and
# __notes__ onto them; subclasses that do not override derive() get plain ExceptionGroups.
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)

    def derive(self, excs):
        print(f"    derive called with {len(excs)} exception(s)")
        return Tagged(self.message + "*", excs, tag=self.tag + "+derived")


class Plain(ExceptionGroup):
    pass


try:
    try:
        raise KeyError("context")
    except KeyError:
        raise Tagged("tagged", [ValueError("a"), TypeError("b"), ValueError("c")], tag="T") from OSError("cause")
except Tagged as caught:
    eg = caught
eg.add_note("note one")
eg.add_note("note two")

m, r = eg.split(ValueError)
for name, part in (("match", m), ("rest", r)):
    print(name, type(part).__name__, repr(part.message), part.tag, part.exceptions)
    print("   traceback copied:", part.__traceback__ is eg.__traceback__)
    print("   cause:", repr(part.__cause__), "context:", repr(part.__context__))
    print("   notes:", part.__notes__, "same list object:", part.__notes__ is eg.__notes__)

p = Plain("plain", [ValueError(1), KeyError(2)])
m, r = p.split(KeyError)
print(type(m).__name__, type(r).__name__, m.message, r.message)
print("derive of base class:", type(p.derive([OSError()])).__name__, p.derive([OSError()]).message)
print("base derive of a BaseException list:", type(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("bad", [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class ChattyLeaf(ValueError):
    pass


g = ExceptionGroup("outer", [ExceptionGroup("inner", [ChattyLeaf("x"), KeyError("y")])])
inner = g.exceptions[0]
inner.add_note("inner note")
m, r = g.split(ChattyLeaf)
print("leaf identity kept:", m.exceptions[0].exceptions[0] is inner.exceptions[0])
print("inner copy has notes:", m.exceptions[0].__notes__, "outer has __notes__:", hasattr(m, "__notes__"))
