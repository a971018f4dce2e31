# %-formatting for bytes (PEP 461): %s/%b take bytes-like objects, %d/%x/%c numbers, %a ascii().

print(b"%s and %b" % (b"spam", bytearray(b"eggs")))
print(b"%d %5d %-5d| %05d %x %X %o %#x" % (42, 42, 42, 42, 255, 255, 8, 255))
print(b"%c%c" % (72, b"i"), b"%.2f %e %g" % (3.14159, 1234.5, 0.5))
print(b"%a %a" % ("é", b"x"), b"%r" % "repr", b"%%" % ())
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%s" % memoryview(b"mv"), b"%5s|%-5s|" % (b"ab", b"cd"))
for args in ("str", 1.5j, [1], None):
    try:
        print(b"%s" % (args,))
    except TypeError as e:
        print("TypeError:", e)
for fmt, args in ((b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"x",)), (b"%q", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"%s" + "%s"
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"%d-%d")
print(ba % (1, 2), type(ba % (1, 2)).__name__)
