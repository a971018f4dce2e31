# Raising in except* clauses: re-raised parts keep their place, new exceptions join them in a
# new ExceptionGroup('', ...), and the clauses raised from get the match as __context__.
def attempt(body):
    try:
        body()
    except BaseException as e:
        print(repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
        else:
            print("    context:", repr(e.__context__))


def reraise_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new from ValueError")
    except* TypeError:
        raise


def raise_new_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise OSError("second")


def raise_bound():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
    except* TypeError as e:
        raise e


def raise_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("replacement", [KeyError("k")])


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("instead")


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "returned normally"


for f in (reraise_one, raise_new, raise_new_only, raise_bound, raise_group, naked_reraise, naked_new,
          naked_unmatched, all_handled):
    print("==", f.__name__)
    attempt(f)
print(all_handled())
