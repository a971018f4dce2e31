# The parts split() makes carry the original's traceback, cause, context and a copy of its notes.
def raise_group():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])


try:
    try:
        raise OSError("context")
    except OSError:
        try:
            raise_group()
        except ExceptionGroup as e:
            raise e from KeyError("cause")
except ExceptionGroup as caught:
    eg = caught

eg.add_note("first note")
eg.exceptions[2].add_note("inner note")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part))
    print("  traceback same:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress:", part.__suppress_context__)
    print("  notes:", part.__notes__, part.__notes__ is eg.__notes__)
    inner = part.exceptions[-1]
    print("  inner:", repr(inner), inner.__traceback__, getattr(inner, "__notes__", None))
match.__notes__.append("only on match")
print(eg.__notes__, match.__notes__, rest.__notes__)

fresh = ExceptionGroup("fresh", [ValueError(1), TypeError(2)])
m, r = fresh.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))
fresh.__context__ = KeyError("set by hand")
m, r = fresh.split(TypeError)
print(repr(m.__context__), m.__suppress_context__, repr(r.__context__))

for notes in ("a str", (1, 2), 7, None, {"k": 1}):
    fresh.__notes__ = notes
    m, r = fresh.split(ValueError)
    print(repr(notes), "->", repr(getattr(m, "__notes__", "<absent>")))
del fresh.__notes__


class BadNotes(Exception):
    pass


class Grp(ExceptionGroup):
    @property
    def __notes__(self):
        raise AttributeError("no notes here")


print(repr(Grp("g", [ValueError(), TypeError()]).split(ValueError)))
print(eg.subgroup(KeyError).__traceback__ is eg.__traceback__)
print(eg.subgroup(Exception) is eg)
