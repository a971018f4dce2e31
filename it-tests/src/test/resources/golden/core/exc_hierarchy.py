# The built-in exception hierarchy, and catching by base class.

classes = [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, PermissionError,
           UnicodeDecodeError, UnicodeEncodeError, RecursionError, NotImplementedError, ModuleNotFoundError,
           TimeoutError, ConnectionRefusedError, BrokenPipeError, StopIteration, KeyboardInterrupt,
           SystemExit, GeneratorExit, TabError, IndentationError, UnboundLocalError, FloatingPointError,
           BlockingIOError, ChildProcessError, IsADirectoryError, InterruptedError]
for cls in classes:
    print(f"{cls.__name__:<24}" + " -> ".join([c.__name__ for c in cls.__mro__[1:-1]]))

print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), issubclass(bool, Exception))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(StopIteration, Exception))


def catch(exc):
    try:
        raise exc
    except LookupError as e:
        return f"LookupError handler got {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError handler got {type(e).__name__}"
    except OSError as e:
        return f"OSError handler got {type(e).__name__}"
    except ValueError as e:
        return f"ValueError handler got {type(e).__name__}"
    except Exception as e:
        return f"Exception handler got {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler got {type(e).__name__}"


for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), FileNotFoundError(), TimeoutError(),
            UnicodeError(), RuntimeError(), KeyboardInterrupt(), SystemExit(0), GeneratorExit()):
    print(catch(exc))
print(len(BaseException.__subclasses__()) >= 4, sorted([c.__name__ for c in ArithmeticError.__subclasses__()]))
print(sorted([c.__name__ for c in LookupError.__subclasses__()]))
