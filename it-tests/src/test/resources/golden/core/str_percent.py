# %-style formatting of str and int with flags, widths, mapping keys and errors.

print("%s %s" % ("a", 1), "%r" % "x", "%a" % "é", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%%")
print("%d %i %5d %-5d| %05d %+d % d %x %X %#x %o %#o" % (42, -42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%c%c%c" % (72, "i", 33), "%3c|" % "x", "%-3c|" % 65)
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ada", "age": 36})
print("%*d|%-*d|%.*s" % (5, 1, 5, 2, 3, "abcdef"))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True), "%d" % True)
print("no args" % (), "%s" % "single", "%s" % {"k": 1})
print("%10.4f|%-10.2e|%g" % (3.14159265, 12345.678, 0.00001234))
print("%x %o" % (-255, -8), "%#X" % 3054, "%5.3d" % 7, "%-+5d|" % 3)


def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


attempt("%d", "x")
attempt("%d", 3.7)
attempt("%s %s", ("only",))
attempt("%s", ("a", "b"))
attempt("%(x)s", {"y": 1})
attempt("%(x)s", (1,))
attempt("%z", 1)
attempt("%", ())
attempt("%c", 1234567)
attempt("%c", "ab")
attempt("%d %s", [1, 2])
attempt("%s", ())
attempt("abc" , 5)
attempt("%.1000000000000000000000000f", 1.0)
attempt("%(a)s %s", {"a": 1})


class P:
    def __str__(self):
        return "P-str"

    def __repr__(self):
        return "P-repr"


print("%s %r %a" % (P(), P(), P()))
print("%s" % "%d", "%d%%" % 50, "%.3s" % P(), "%5.1s|" % "xyz")
