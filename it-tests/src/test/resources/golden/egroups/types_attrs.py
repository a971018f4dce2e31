# message, exceptions, args, str, repr and the read-only members of exception groups.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("two")])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, eg.exceptions[0].args)
print(str(eg), repr(eg))
print(str(ExceptionGroup("one", [KeyError("k")])))
print(str(ExceptionGroup("", [KeyError("k"), KeyError("l"), KeyError("m")])))
print(repr(BaseExceptionGroup("b", (SystemExit(0),))))
print(repr(ExceptionGroup("tuple", (ValueError(),))))
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print("set", name, "->", e)
    try:
        delattr(eg, name)
    except AttributeError as e:
        print("del", name, "->", e)
eg.args = ("changed",)
print(eg.args, eg.message, str(eg), repr(eg))
eg.custom = 5
print(eg.custom, sorted(eg.__dict__))
print(eg.__traceback__, eg.__cause__, eg.__context__, eg.__suppress_context__)
print(hasattr(eg, "__notes__"))
eg.add_note("a note")
print(eg.__notes__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int, str])
print(type(ExceptionGroup[ValueError]).__name__)
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__)
print(BaseExceptionGroup.__doc__)
print(ExceptionGroup.__init__ is BaseExceptionGroup.__init__, ExceptionGroup.__str__ is BaseExceptionGroup.__str__)
print(ExceptionGroup.split is BaseExceptionGroup.split)
print(sorted([k for k in BaseExceptionGroup.__dict__ if not k.startswith("__") or k == "__class_getitem__"]))
print(len(ExceptionGroup("big", [ValueError(i) for i in range(100)]).exceptions))
print(str(ExceptionGroup("x" * 3, [ValueError()] * 2)))
try:
    BaseExceptionGroup.__str__(ValueError())
except TypeError as e:
    print(e)
try:
    BaseExceptionGroup.split(ValueError(), ValueError)
except TypeError as e:
    print(e)
