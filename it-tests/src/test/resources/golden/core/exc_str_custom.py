# How exception objects turn into text: str() uses args (or __str__), print(e) uses str(), f-strings too.

class Friendly(Exception):
    def __init__(self, user, action):
        super().__init__(user, action)
        self.user, self.action = user, action

    def __str__(self):
        return f"{self.user} may not {self.action}"


class ReprOverride(Exception):
    def __repr__(self):
        return "ReprOverride<custom>"


class StrReturnsArgs(Exception):
    def __str__(self):
        return " / ".join(map(str, self.args)) or "<no args>"


samples = [Friendly("ann", "delete"), ReprOverride("x"), StrReturnsArgs(1, 2, 3), StrReturnsArgs(), Exception("a\nb")]
for e in samples:
    print(f"str={str(e)!r} repr={e!r} args={e.args} formatted=[{e}] percent=[%s]" % e)
print("{0}|{0!r}|{0!s:>30}".format(Friendly("bob", "write")))
print([Friendly("cy", "read")], (ValueError("in tuple"),), {"k": KeyError("in dict")})
try:
    raise Friendly("dee", "execute")
except Exception as e:
    print("caught:", e, "|", type(e).__name__ + ": " + str(e))


class LazyMessage(Exception):
    def __init__(self, template, **values):
        super().__init__(template)
        self.values = values

    def __str__(self):
        return self.args[0].format(**self.values)


err = LazyMessage("{count} files failed in {dir}", count=3, dir="/tmp")
print(err, err.args)
err.values["count"] = 4
print(err)
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError()), str(KeyError(None)), str(KeyError("a", 1)))
print(str(OSError(2, "msg")), str(OSError(2, "msg", "file")), str(OSError(2, "msg", "a", None, "b")))
