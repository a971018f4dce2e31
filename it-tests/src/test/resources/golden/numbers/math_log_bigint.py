# log, log2 and log10 of ints beyond float range (taken as m * 2**e), of bools and floats, and
# with a base.
import math
for n in [1, 2, 10, 1000, 2**64, 10**100, 2**1023, 2**1024, 10**400, 3**5000, 7**1000 + 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 3))
print(math.log(True), math.log10(10**-5 if False else 10), math.log(10**400, 10), math.log(2, 0.5), math.log(0.5, 2))
for f in [lambda: math.log(0), lambda: math.log(-(10**400)), lambda: math.log2(-1), lambda: math.log(10, 1),
          lambda: math.log(10, 0), lambda: math.log("a"), lambda: math.log10(False)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
