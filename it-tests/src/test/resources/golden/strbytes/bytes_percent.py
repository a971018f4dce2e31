# bytes % args (PEP 461): %b %s %a %r %c and the numeric conversions, with flags and errors.
print(b"%b %s" % (b"raw", bytearray(b"ba")), b"%s" % memoryview(b"mv"), b"[%5b][%-5s][%.2b]" % (b"ab", b"cd", b"xyz"))

class HasBytes:
    def __bytes__(self):
        return b"dunder"

print(b"%b" % HasBytes(), b"%a %r" % ("é", "x"), b"%a" % (b"\xff",), b"%a" % 3.5)
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"[%3c][%-3c]" % (97, 98), b"%.1c" % 65)
print(b"%d %i %u %o %x %X" % (42, -42, 7, 8, 255, 255), b"%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print(b"%#o %#x %#X %#08x" % (8, 255, 255, 255), b"%e %f %g %E %G %F" % (1.5, 1.5, 1.5, 1e20, 1e-20, 2.0))
print(b"%.3f %10.2f %-10.1e| %+.1f" % (3.14159, 2.5, 1234.5, 1.0), b"%d" % 3.9, b"%d" % True, b"%x" % 10**20)
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2}, b"%%" % (), b"100%%" % (), b"%s" % (b"tuple",), b"abc" % [1])
print(bytearray(b"%s-%d") % (b"x", 1), type(bytearray(b"%d") % 1).__name__, b"%s" % bytearray(b"q"))
print(b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 3.14159))
for fmt, args in [(b"%s", "str"), (b"%s", 1), (b"%b", None), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"),
                  (b"%d", "1"), (b"%x", 1.5), (b"%f", "x"), (b"%y", 1), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")),
                  (b"abc", 1), (b"%(a)s", {"a": b"x"}), (b"%(a)s", 5), (b"%", ()), (b"%d", None), (b"abc", b"x"),
                  (b"%f", None), (b"%e", []), (b"%c", -1), (b"%c", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__ + ":", e)

class BadBytes:
    def __bytes__(self):
        return "nope"

try:
    b"%b" % BadBytes()
except TypeError as e:
    print("TypeError:", e)
