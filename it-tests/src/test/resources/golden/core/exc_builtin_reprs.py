# args, str() and repr() of many built-in exception classes.

samples = [
    Exception(), Exception("one"), Exception("two", 2), Exception(None), ValueError(""), ValueError(" "),
    KeyError("key"), KeyError(), KeyError("a", "b"), KeyError(("t",)), IndexError(3), TypeError([1, 2]),
    StopIteration(), StopIteration(5), StopIteration(1, 2), SystemExit(), SystemExit(3), SystemExit("bye"),
    OSError(), OSError("plain"), OSError(2, "No such file or directory"), OSError(2, "No such file", "f.txt"),
    FileNotFoundError(2, "missing", "data.csv"), PermissionError(13, "denied"), AttributeError("attr"),
    NameError("name"), ZeroDivisionError("division by zero"), RecursionError("deep"), NotImplementedError(),
    AssertionError("failed"), UnicodeError("u"), RuntimeError("rt"), LookupError("lk"), ArithmeticError(),
    BaseException("base"), KeyboardInterrupt(), GeneratorExit(), OverflowError("big"), EOFError(),
    ImportError("imp"), ModuleNotFoundError("mod"), TimeoutError("slow"), ConnectionResetError("reset"),
]
for exc in samples:
    print(f"{type(exc).__name__:<22}{exc.args!r:<40}{str(exc)!r:<36}{exc!r}")

print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file or directory", "f.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "y")).__name__, type(OSError(17, "z")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
imp = ImportError("msg", name="pkg", path="/p")
print(imp.name, imp.path, imp.msg, repr(imp))
n = NameError("n", name="thing")
a = AttributeError("a", name="attr", obj=5)
print(n.name, a.name, a.obj)
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(ue), ue.args, ue.start, ue.end, ue.object)
se = SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n"))
print(str(se), se.msg, se.filename, se.lineno, se.offset, repr(se.text))
