# Where the group classes sit in the hierarchy, and catching groups with plain except.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, ExceptionGroup))
print(BaseExceptionGroup.__subclasses__())
print(ExceptionGroup in Exception.__subclasses__(), BaseExceptionGroup in BaseException.__subclasses__())
import builtins
print([n for n in dir(builtins) if "Group" in n])


def catch(group):
    try:
        raise group
    except ValueError:
        return "ValueError handler (never for a group)"
    except ExceptionGroup as e:
        return "ExceptionGroup handler: " + str(e)
    except Exception as e:
        return "Exception handler: " + repr(e)
    except BaseExceptionGroup as e:
        return "BaseExceptionGroup handler: " + type(e).__name__ + " " + str(e)


print(catch(ExceptionGroup("a", [ValueError()])))
print(catch(BaseExceptionGroup("b", [ValueError()])))
print(catch(BaseExceptionGroup("c", [ValueError(), KeyboardInterrupt()])))
print(catch(BaseExceptionGroup("d", [GeneratorExit()])))

try:
    try:
        raise BaseExceptionGroup("escapes", [SystemExit(3)])
    except Exception:
        print("not here")
except BaseException as e:
    print("outer caught", repr(e))

for cls in (ExceptionGroup, BaseExceptionGroup):
    try:
        class Both(cls, ImportError):
            pass
    except TypeError as e:
        print(cls.__name__, "+ ImportError:", e)
    class WithValue(cls, ValueError):
        pass
    print(cls.__name__, "+ ValueError:", [c.__name__ for c in WithValue.__mro__])
try:
    class Wrong(BaseExceptionGroup, ExceptionGroup):
        pass
except TypeError as e:
    print(e)
try:
    class Twice(ExceptionGroup, ExceptionGroup):
        pass
except TypeError as e:
    print(e)
for a in (KeyError, OSError, StopIteration, UnicodeError, AttributeError):
    for b in (ValueError, ImportError):
        try:
            type("X", (a, b), {})
            print(a.__name__, b.__name__, "ok")
        except TypeError as e:
            print(a.__name__, b.__name__, e)
