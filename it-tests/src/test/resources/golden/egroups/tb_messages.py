# Messages inside groups: several lines, empty, failing str(), qualified names, SyntaxError
# locations, repeated frames; only the first line of each piece gets the margin, as in CPython.
def recurse(n):
    if n == 0:
        raise RecursionError("bottom\nsecond line\n")
    recurse(n - 1)


class Outer:
    class Inner(Exception):
        pass


class NoStr(Exception):
    def __str__(self):
        raise ValueError("cannot")


excs = []
try:
    recurse(8)
except RecursionError as e:
    excs.append(e)
try:
    compile("if x\n  pass", "<text>", "exec")
except SyntaxError as e:
    excs.append(e)
try:
    eval("1 +* 2")
except SyntaxError as e:
    excs.append(e)
excs += [Outer.Inner("nested class"), NoStr(), ValueError(), KeyError(""), SyntaxError("by hand"),
         NameError("nme", name="nme"), Exception("a", "b")]
raise ExceptionGroup("messages\nof several kinds", excs)
