# %-formatting of floats.

values = [0.0, 1.0, -1.5, 3.14159265, 1234567.125, 1e-7, 1e21, 0.0005, 99.995, 2.5]
for v in values:
    print("%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G|%.3g|%010.2f|% f|%#.0f|%r|%s" %
          (v, v, v, v, v, v, v, v, v, v, v, v, v, v))

print("%5.1f%%" % 99.5)
print("%*.*f" % (10, 3, 3.14159))
print("%(a).2f and %(b)e" % {"a": 1.005, "b": 12345.678})
print("%d %i" % (3.99, -3.99))
try:
    print("%x" % 3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("%f" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%.2f %.2f" % (1.0,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%.2f" % (1.0, 2.0))
except TypeError as e:
    print("TypeError:", e)
print("%c" % 65, "%c" % "z", "%5s|%-5s|" % (1.5, 2.5), "%.3s" % 3.14159)
print("%e" % 0, "%f" % 10 ** 20, "%g" % 10 ** 20, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25)
