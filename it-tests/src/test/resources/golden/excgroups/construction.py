# Constructing ExceptionGroup and BaseExceptionGroup: valid forms, automatic class choice, errors.
def attempt(label, fn):
    try:
        g = fn()
        print(f"{label}: {type(g).__name__} {g!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("list of exceptions", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
attempt("tuple of exceptions", lambda: ExceptionGroup("msg", (KeyError("k"),)))
attempt("base group of Exceptions becomes ExceptionGroup", lambda: BaseExceptionGroup("b", [ValueError()]))
attempt("base group with a BaseException", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()]))
attempt("ExceptionGroup with a BaseException", lambda: ExceptionGroup("e", [SystemExit(1)]))
attempt("empty list", lambda: ExceptionGroup("e", []))
attempt("not a sequence", lambda: ExceptionGroup("e", ValueError()))
attempt("a set", lambda: ExceptionGroup("e", {1}))
attempt("non-exception item", lambda: ExceptionGroup("e", [ValueError(), "text"]))
attempt("exception class instead of instance", lambda: ExceptionGroup("e", [ValueError]))
attempt("message not a str", lambda: ExceptionGroup(42, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("only message"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], "extra"))
attempt("keyword arguments", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("nested groups", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()]), KeyError()]))
attempt("generator is not a sequence", lambda: ExceptionGroup("g", (e for e in [ValueError()])))

eg = ExceptionGroup("list is copied", items := [ValueError("a")])
items.append(TypeError("b"))
print(len(eg.exceptions), type(eg.exceptions).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__[1:3])


class MyGroup(ExceptionGroup):
    pass


attempt("subclass", lambda: MyGroup("mine", [ValueError()]))
attempt("subclass with BaseException", lambda: MyGroup("mine", [KeyboardInterrupt()]))


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("base subclass with Exceptions stays itself", lambda: MyBaseGroup("b", [ValueError()]))


class Extra(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)


e = Extra("with code", [OSError("disk")], 7)
print(type(e).__name__, e.code, e.args, e.message, e.exceptions)
