# complex(): numbers and strings, keyword forms, complex arguments on either side, __complex__,
# __float__ and __index__ hooks, subclasses and every error text.
print(complex(), complex(1), complex(2.5), complex(1, 2), complex(real=3), complex(imag=-4), complex(1j),
      complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1 + 1j), complex(True, False), complex(-0.0, -0.0))
for s in ["1+2j", " ( -1.5-2.5J ) ", "j", "-j", "+j", "3", "4j", "1e3-1e-3j", "inf+nanj", "-infj", "1_0+2_0j",
          "\u0663+\u0664j", "0.5"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1 + 2j", "1+2jj", "(1+2j", "j2", "1+2j)", "abc", "1__2j", "1+_2j"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
class WithComplex:
    def __complex__(self):
        return 3 - 4j
class WithFloat:
    def __float__(self):
        return 1.25
class WithIndex:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 2.0
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex(), WithFloat()), complex(WithFloat(), 1j))
for f in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, None),
          lambda: complex(Bad()), lambda: complex(b"1"), lambda: complex(10**400), lambda: complex(1, 2, 3),
          lambda: complex(real=1, foo=2)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class Z(complex):
    pass
z = Z(1, 2)
print(z, type(z).__name__, type(z + 1).__name__, type(complex(z)).__name__, complex(z) is z, Z("5j"), Z())
c = 3 + 4j
print(complex(c) is c, z.real, z.imag, type(z.imag).__name__)
