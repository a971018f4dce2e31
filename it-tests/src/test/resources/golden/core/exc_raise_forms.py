# Forms of raise: class, instance, with args, bare re-raise, and invalid things to raise.

def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        print(f"{label:<32} -> {type(e).__name__}: {e!r}")


def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("message", 42)


def raise_int():
    raise 5


def raise_str():
    raise "text"


def raise_object_class():
    raise object


def raise_none():
    raise None


def bare_without_active():
    raise


def raise_bad_cause():
    raise ValueError("x") from 5


def raise_exception_class_with_bad_init():
    class Picky(Exception):
        def __init__(self, required):
            super().__init__(required)
    raise Picky


attempt("raise ValueError", raise_class)
attempt("raise ValueError('message', 42)", raise_instance)
attempt("raise 5", raise_int)
attempt("raise 'text'", raise_str)
attempt("raise object", raise_object_class)
attempt("raise None", raise_none)
attempt("bare raise, no active exception", bare_without_active)
attempt("raise ... from 5", raise_bad_cause)
attempt("raise Picky (needs an argument)", raise_exception_class_with_bad_init)


def reraise():
    try:
        int("x")
    except ValueError:
        print("   handling, then re-raising")
        raise


attempt("bare raise in handler", reraise)


def reraise_variable():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise err


attempt("raise a saved exception", reraise_variable)


def nested_bare():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise


attempt("bare raise after inner handler", nested_bare)
e = RuntimeError("reused")
for i in range(2):
    try:
        raise e
    except RuntimeError as caught:
        print(i, caught is e, caught)
