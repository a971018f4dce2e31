# Class creation fails when no consistent MRO exists, or when a base is repeated or invalid.

class A: pass
class B(A): pass


def try_create(label, make):
    try:
        cls = make()
        print(label, "->", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, "-> TypeError:", e)


def bad_order():
    class C(A, B):
        pass
    return C


def good_order():
    class C(B, A):
        pass
    return C


def duplicate():
    class C(A, A):
        pass
    return C


def not_a_class():
    class C(5):
        pass
    return C


def final_base():
    class C(bool):
        pass
    return C


def cross():
    class X: pass
    class Y: pass
    class P(X, Y): pass
    class Q(Y, X): pass

    class R(P, Q):
        pass
    return R


def layout():
    class C(int, str):
        pass
    return C


try_create("class C(A, B)", bad_order)
try_create("class C(B, A)", good_order)
try_create("class C(A, A)", duplicate)
try_create("class C(5)", not_a_class)
try_create("class C(bool)", final_base)
try_create("class R(P, Q) with crossed bases", cross)
try_create("class C(int, str)", layout)
try_create("type('T', (A, B), {})", lambda: type("T", (A, B), {}))
try_create("type('T', (B,), {})", lambda: type("T", (B,), {}))
