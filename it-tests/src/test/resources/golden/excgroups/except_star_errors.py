# except* with an ExceptionGroup type or a non-exception type fails at run time.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "-> TypeError:", e)
    except ExceptionGroup as eg:
        print(label, "-> group escaped:", repr(eg))


def catch_group_type():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass


def catch_base_group_in_tuple():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, BaseExceptionGroup):
        pass


def catch_not_a_type():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* 42:
        pass


def catch_str():
    try:
        raise ValueError("plain")
    except* "ValueError":
        pass


def nothing_raised():
    try:
        pass
    except* ExceptionGroup:
        print("not evaluated when nothing is raised")


attempt("except* ExceptionGroup", catch_group_type)
attempt("except* (ValueError, BaseExceptionGroup)", catch_base_group_in_tuple)
attempt("except* 42", catch_not_a_type)
attempt("except* 'ValueError'", catch_str)
attempt("nothing raised", nothing_raised)


def context_of_type_error():
    try:
        raise ExceptionGroup("original", [KeyError("k")])
    except* ExceptionGroup:
        pass


try:
    context_of_type_error()
except TypeError as e:
    print("context:", repr(e.__context__))
