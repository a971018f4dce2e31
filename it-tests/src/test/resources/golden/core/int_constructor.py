# int(x) for many kinds of x.

print(int(), int(0), int(3.99), int(-3.99), int(1e20), int(-0.0), int(2.5), int(-2.5))
print(int(True), int("  -12  "), int(b" 34 "), int(1e100) == 10 ** 100, int(1e22))
print(int(float(2 ** 80)), int(123456789.987654321))


class WithInt:
    def __int__(self):
        return 7


class WithIndex:
    def __index__(self):
        return 8


class WithBoth:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class BadInt:
    def __int__(self):
        return "nope"


class IntSub(int):
    pass


class ReturnsSub:
    def __int__(self):
        return IntSub(5)


print(int(WithInt()), int(WithIndex()), int(WithBoth()), int(IntSub(9)), type(int(IntSub(9))).__name__)
print(int("10", base=WithIndex()))
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", WithInt())
except TypeError as e:
    print("TypeError:", e)

x = IntSub(41)
print(x + 1, type(x + 1).__name__, repr(x), isinstance(x, int))

for f in (0.5, 1.5, -0.5, -1.5, 1e-300, 9.999999999999999e15):
    print(f, int(f))

for text in ("0", "-0", "+7", "1" + "0" * 25):
    print(repr(text), int(text))
