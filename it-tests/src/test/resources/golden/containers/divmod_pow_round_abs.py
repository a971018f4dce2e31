def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: divmod(7, 2))
check(lambda: divmod(-7, 2))
check(lambda: divmod(7, -2))
check(lambda: divmod(7.5, 2))
check(lambda: divmod(-7.5, 2))
check(lambda: divmod(2**70, 7))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: divmod(1, "a"))
check(lambda: divmod("a", 1))
check(lambda: divmod(1))
check(lambda: divmod(True, 2))
check(lambda: pow(2, 10))
check(lambda: pow(2, -1))
check(lambda: pow(2, 10, 1000))
check(lambda: pow(2, -1, 7))
check(lambda: pow(3, 4, -5))
check(lambda: pow(2, 3, 0))
check(lambda: pow(4, -1, 6))
check(lambda: pow(2, 3, 5.0))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(2, 3.0, 5))
check(lambda: pow("a", 2))
check(lambda: pow("a", 2, 3))
check(lambda: pow(2, "a", 3))
check(lambda: pow(2, 3, "a"))
check(lambda: pow(base=2, exp=5))
check(lambda: pow(2, 5, None))
check(lambda: pow(2, 5, mod=3))
check(lambda: pow(0, 0), )
check(lambda: pow(-8, 1/3) if False else pow(-8, 3))
check(lambda: abs(-5))
check(lambda: abs(-2.5))
check(lambda: abs(True))
check(lambda: abs(-2**70))
check(lambda: abs("x"))
check(lambda: abs())
check(lambda: round(5))
check(lambda: round(-7, -1))
check(lambda: round(15, -1))
check(lambda: round(25, -1))
check(lambda: round("x"))
check(lambda: round(5, "x"))
check(lambda: round(number=5, ndigits=None))

class Num:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, self.v, mod)
    def __abs__(self):
        return "abs" + str(self.v)
    def __round__(self, n=None):
        return ("round", self.v, n)
check(lambda: divmod(Num(1), 2))
check(lambda: divmod(2, Num(1)))
check(lambda: pow(Num(1), 2))
check(lambda: pow(2, Num(1)))
check(lambda: pow(Num(1), 2, 3))
check(lambda: pow(2, Num(1), 3))
check(lambda: pow(2, 3, Num(1)))
check(lambda: Num(3) ** 2)
check(lambda: 2 ** Num(3))
check(lambda: abs(Num(4)))
check(lambda: round(Num(5)))
check(lambda: round(Num(5), 2))
check(lambda: round(Num(5), None))

class SubInt(int):
    def __rdivmod__(self, other):
        return "SubInt.__rdivmod__"
    def __rpow__(self, other, mod=None):
        return "SubInt.__rpow__"
check(lambda: divmod(10, SubInt(3)))
check(lambda: pow(10, SubInt(3)))
check(lambda: pow(10, SubInt(3), 7))
check(lambda: divmod(SubInt(10), 3))
