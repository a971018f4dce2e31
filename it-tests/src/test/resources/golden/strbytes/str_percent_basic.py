# printf-style formatting: every conversion with plain arguments.
print("%s %s %s" % ("str", 42, [1, "a"]))
print("%r %r %r" % ("str", 42, "é\n"))
print("%a %a" % ("é€😀", [1, "ü"]))
print("%c%c%c%c" % (72, "i", 0x20AC, "😀"))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % -3.99, "%i" % True, "%d" % 10**30)
print("%o %x %X" % (8, 255, 255), "%o %x" % (-8, -255), "%x" % True)
print("%e %E" % (12345.678, 0.000123), "%f %F" % (3.14159, -2.5), "%g %G" % (1e-5, 1e20), "%g" % 100000.0)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%f" % 7, "%e" % 10**20, "%.0f" % 0.5, "%.0f" % 1.5)
print("100%%" % (), "%%d" % (), "%s%%" % 5, "%" "s" % "concat", "no args" % ())
print("%s" % "single", "%s" % ("tuple1",), "%s" % ((1, 2),), "%r" % (None,), "%s" % [1, 2], "%s" % {"a": 1})

class Num:
    def __index__(self):
        return 10

    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

print("%d %x %f %c" % (Num(), Num(), Num(), Num()))

class Flt:
    def __float__(self):
        return 1.25

print("%f %e" % (Flt(), Flt()), "%s" % Flt.__name__)

class R:
    def __repr__(self):
        return "R()"

    def __str__(self):
        return "str-of-R"

print("%s %r %a" % (R(), R(), R()))
