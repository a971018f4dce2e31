# message, exceptions, args, str() and repr() of exception groups.
eg = ExceptionGroup("two problems", [ValueError("bad value"), KeyError("missing")])
print(eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
single = ExceptionGroup("one", [RuntimeError()])
print(str(single), "|", repr(single))
nested = ExceptionGroup("outer", [eg, single, OSError(2, "No such file")])
print(str(nested))
print(repr(nested))
print(len(nested.exceptions), [type(e).__name__ for e in nested.exceptions])
empty_message = ExceptionGroup("", [ValueError()])
print(repr(str(empty_message)), repr(empty_message))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3)])
print(str(beg), repr(beg), beg.exceptions[1].code)

try:
    eg.message = "changed"
except AttributeError as e:
    print("AttributeError:", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
eg.args = ("replaced args",)
print("after setting args:", str(eg), repr(eg), eg.message)
eg.extra = "attributes are allowed"
print(eg.extra)
print(eg.__traceback__, eg.__cause__, eg.__context__, eg.__suppress_context__)

try:
    raise eg
except ExceptionGroup as caught:
    print("caught with plain except:", caught is eg, caught.__traceback__ is not None)
try:
    raise beg
except BaseExceptionGroup as caught:
    print("BaseExceptionGroup caught:", type(caught).__name__)
try:
    raise ExceptionGroup("g", [ValueError()])
except Exception as caught:
    print("an ExceptionGroup is an Exception:", type(caught).__name__)


class Detailed(ExceptionGroup):
    def __str__(self):
        return f"{self.message} [{len(self.exceptions)} sub-exceptions]"


d = Detailed("custom str", [ValueError(), ValueError()])
print(str(d), "|", repr(d))
