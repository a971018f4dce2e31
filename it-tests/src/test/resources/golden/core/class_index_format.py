# Conversion hooks: __index__, __int__, __float__, __complex__, __round__, __format__, __bytes__.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __index__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __complex__(self):
        return complex(self.cents / 100, 0)

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2)) if ndigits is None else Money(round(self.cents, ndigits))

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("$"):
            return format(self.cents / 100, spec[:-1] or ".2f") + " $"
        return format(self.cents, spec)

    def __bytes__(self):
        return self.cents.to_bytes(4, "big")

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(int(m), float(m), complex(m), round(m), bytes(m), hex(m), bin(Money(5)), "abcdef"[Money(2)])
print(f"{m}", f"{m:$}", f"{m:10.1f$}", f"{m:08d}", f"{m:x}", format(m, ","), "{:>12$}".format(m))
print(range(Money(3)), [1, 2, 3][Money(1):], m.__format__(""), str(m), repr(m))
import math


print(math.floor(float(m)), math.sqrt(Money(400)), divmod(int(m), 100))


class Small:
    def __index__(self):
        return 7


print(int(Small()), float(Small()), complex(Small()), Small().__index__(), [0] * Small())
try:
    round(Small())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Small():d}"
except TypeError as e:
    print("TypeError:", e)


class OnlyFloat:
    def __float__(self):
        return 2.5


print(float(OnlyFloat()), math.floor(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)
try:
    [1][OnlyFloat()]
except TypeError as e:
    print("TypeError:", e)
