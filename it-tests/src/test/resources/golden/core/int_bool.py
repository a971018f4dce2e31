# bool is a subclass of int: arithmetic, indexing, hashing, printing.

print(True + True, True * 10, False - 1, True / 2, True // 2, -True, +False)
print(True == 1, False == 0, True != 2, True is True, (1 == 1) is True)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, type(True).__name__)
print(bool.__mro__)
print(sum([True, False, True, True]), sum([x > 2 for x in [1, 3, 5]]))

items = ["zero", "one"]
print(items[True], items[False])
d = {1: "int one", True: "bool true"}
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c"}
print(d2)

print(str(True), repr(False), int(True), float(False), complex(True))
print(f"{True:d} {True:>5} {False!r} {True:05}")
print(format(True), format(True, ""), format(True, "d"), "%d %s" % (True, True))
print(True & 3, True | 2, 5 ^ True, True << 4)
print(divmod(True, 2), pow(True, 10), abs(-True), round(True))
print(hash(True) == hash(1), hash(False) == hash(0))
print(max(True, 0.5), min(False, -1), sorted([True, 0, -1, False, 2]))
print(bool(0), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(True.as_integer_ratio(), (5).__bool__(), bool.__name__)

try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

count = 0
for flag in (True, False, True):
    count += flag
print("count", count)
print([x for x in range(10) if (x % 3 == 0) + (x % 2 == 0) == 1])
