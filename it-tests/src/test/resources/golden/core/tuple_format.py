# Tuples in string formatting: %-formatting takes a tuple of arguments, so a tuple value must be wrapped.

point = (3, 4)
print("x=%d y=%d" % point)
print("point: %s" % (point,))
print("point: %r" % (point,))
try:
    print("point: %s" % point)
except TypeError as e:
    print("TypeError:", e)
print("{} {}".format(*point), "{0[0]}-{0[1]}".format(point), f"{point}", f"{point!r:>12}|", str(point))
print("%s" % ((),), "%s" % ((1,),), "%s and %s" % ((1, 2), [3]))
try:
    print("%s" % ())
except TypeError as e:
    print("TypeError:", e)
print(format((1, 2)), format((1, 2), ""), "{:>10}".format(str((1, 2))))
try:
    format((1, 2), ">10")
except TypeError as e:
    print("TypeError:", e)
rows = [("alpha", 1, 2.5), ("beta", 22, 0.125), ("gamma", 333, 10.0)]
for row in rows:
    print("%-6s|%4d|%8.3f" % row)
print(", ".join(["%s=%d" % (name, n) for name, n, _ in rows]))
print(tuple([f"{v:05.1f}" for _, _, v in rows]))
