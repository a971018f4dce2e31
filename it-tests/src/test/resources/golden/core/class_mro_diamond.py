# Multiple inheritance and the C3 method resolution order; cooperative super() calls.

class A:
    def who(self):
        return ["A"]

    def __init__(self):
        print("   A.__init__")
        super().__init__()


class B(A):
    def who(self):
        return ["B"] + super().who()

    def __init__(self):
        print("   B.__init__")
        super().__init__()


class C(A):
    def who(self):
        return ["C"] + super().who()

    def __init__(self):
        print("   C.__init__")
        super().__init__()


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def __init__(self):
        print("   D.__init__")
        super().__init__()


print([k.__name__ for k in D.__mro__])
d = D()
print(d.who())
print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])


class Left:
    def greet(self):
        return "left"


class Right:
    def greet(self):
        return "right"

    def only_right(self):
        return "only in Right"


class Both(Left, Right):
    pass


class BothReversed(Right, Left):
    pass


print(Both().greet(), BothReversed().greet(), Both().only_right())
print(super(Left, Both()).greet(), super(Both, Both()).greet())


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"


class Core:
    def extra(self):
        return "core behaviour"


class Product(Mixin, Core):
    pass


print(Product().describe(), [k.__name__ for k in Product.__mro__])
