# BaseException subclasses that are not Exceptions pass through "except Exception".
import sys


def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by except Exception"
    except BaseException as e:
        return f"escaped except Exception: {type(e).__name__}"


for exc in (KeyboardInterrupt(), SystemExit(2), GeneratorExit(), ValueError(), BaseException("plain")):
    print(run(exc))

try:
    sys.exit(5)
except SystemExit as e:
    print("intercepted sys.exit:", e.code, repr(e), e.args)
try:
    sys.exit("message for stderr")
except SystemExit as e:
    print("intercepted:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("intercepted:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("intercepted:", e.code, e.args)
try:
    exit_code = 0
    try:
        raise KeyboardInterrupt("ctrl-c")
    finally:
        print("finally runs for KeyboardInterrupt too")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e)


def catch_all():
    try:
        raise SystemExit(3)
    except:
        return "bare except catches everything: " + repr(sys.exc_info()[1])


print(catch_all())
print([c.__name__ for c in BaseException.__subclasses__() if c.__name__ in ("Exception", "KeyboardInterrupt", "SystemExit", "GeneratorExit")])
