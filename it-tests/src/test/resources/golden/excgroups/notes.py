# add_note() and __notes__ on groups and their members, and what split() does with them.
eg = ExceptionGroup("with notes", [ValueError("a"), TypeError("b")])
print(hasattr(eg, "__notes__"))
eg.add_note("first")
eg.add_note("second")
print(eg.__notes__)
eg.exceptions[0].add_note("member note")
m, r = eg.split(ValueError)
print("match notes:", m.__notes__, "member notes:", m.exceptions[0].__notes__)
print("rest notes:", r.__notes__, "rest member has notes:", hasattr(r.exceptions[0], "__notes__"))
m.__notes__.append("added to the copy")
print("original unchanged:", eg.__notes__)

try:
    eg.add_note(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.add_note()
except TypeError as e:
    print("TypeError:", e)

eg.__notes__ = "not a list"
try:
    eg.add_note("x")
except TypeError as e:
    print("TypeError:", e)
del eg.__notes__
eg.add_note("fresh")
print(eg.__notes__)

try:
    try:
        raise ExceptionGroup("handled", [KeyError("k"), OSError("o")])
    except* KeyError as part:
        part.add_note("note added in the handler")
        raise
except ExceptionGroup as final:
    print("re-raised part keeps the note?", getattr(final, "__notes__", None))
    print("members:", final.exceptions)

try:
    try:
        raise ExceptionGroup("grp", [ValueError("x")])
    except* ValueError as part:
        part.exceptions[0].add_note("note on the leaf")
        raise
except ExceptionGroup as final:
    print("leaf note survives:", final.exceptions[0].__notes__)


class NoteCounter(ExceptionGroup):
    def add_note(self, note):
        super().add_note(f"[{len(getattr(self, '__notes__', []))}] {note}")


n = NoteCounter("counted", [ValueError()])
n.add_note("alpha")
n.add_note("beta")
print(n.__notes__)
