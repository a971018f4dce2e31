# BaseExceptionGroup.__new__: which class it makes, and every error of its checks.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


attempt("base, all Exception", lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("base, a BaseException", lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
attempt("eg, a BaseException", lambda: ExceptionGroup("m", [ValueError(1), SystemExit(3)]))
attempt("eg, a GeneratorExit", lambda: ExceptionGroup("m", [GeneratorExit()]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("nested groups", lambda: BaseExceptionGroup("m", [ExceptionGroup("n", [ValueError()])]))
attempt("nested base group", lambda: BaseExceptionGroup("m", [BaseExceptionGroup("n", [SystemExit()])]))
attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("message bytes", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("message None", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("excs int", lambda: ExceptionGroup("m", 5))
attempt("excs None", lambda: ExceptionGroup("m", None))
attempt("excs dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("excs set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("excs iterator", lambda: ExceptionGroup("m", iter([ValueError()])))
attempt("excs empty list", lambda: ExceptionGroup("m", []))
attempt("excs empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("excs str", lambda: ExceptionGroup("m", "ab"))
attempt("item 0 int", lambda: ExceptionGroup("m", [1]))
attempt("item 2 class", lambda: ExceptionGroup("m", [ValueError(), TypeError(), KeyError]))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], flag=True))
attempt("only keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("range of excs", lambda: ExceptionGroup("m", range(2)))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return LookupError(i)
        raise IndexError(i)


attempt("custom sequence", lambda: ExceptionGroup("m", Seq()).exceptions)


class Msg(str):
    pass


g = ExceptionGroup(Msg("sub"), [ValueError()])
print(type(g.message).__name__, g.message, str(g))
attempt("__new__ of ValueError", lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
attempt("__new__ of int", lambda: BaseExceptionGroup.__new__(int, "m", [ValueError()]))
attempt("__new__ of non-type", lambda: BaseExceptionGroup.__new__(3, "m", [ValueError()]))
attempt("__new__ keywords", lambda: ExceptionGroup.__new__(ExceptionGroup, "m", [ValueError()], x=1))
attempt("__new__ then args", lambda: ExceptionGroup.__new__(ExceptionGroup, "m", [ValueError()]).args)
