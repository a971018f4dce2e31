# BaseExceptionGroups with KeyboardInterrupt/SystemExit: except* for base exceptions, and
# splitting into a BaseExceptionGroup part and an ExceptionGroup part.
def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(s) for s in e.exceptions)}])"
    return repr(e)


g = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v"), SystemExit(2), OSError("o")])
print(show(g))
m, r = g.split(Exception)
print("Exception part:", show(m))
print("rest:", show(r))
m, r = g.split((KeyboardInterrupt, SystemExit))
print("base part:", show(m), "| rest:", show(r))

try:
    raise g
except* KeyboardInterrupt as eg:
    print("except* KeyboardInterrupt:", show(eg))
except* SystemExit as eg:
    print("except* SystemExit:", show(eg), "code", eg.exceptions[0].code)
except* Exception as eg:
    print("except* Exception:", show(eg))

try:
    try:
        raise g
    except* Exception:
        print("only the Exceptions handled")
except BaseExceptionGroup as rest:
    print("left over:", show(rest))

try:
    try:
        raise KeyboardInterrupt()
    except* ValueError:
        pass
except BaseException as e:
    print("a naked KeyboardInterrupt that is not matched passes unwrapped:", show(e))

try:
    raise SystemExit(5)
except* SystemExit as eg:
    print("a naked SystemExit matched by except* is wrapped:", show(eg))
