# The remaining int methods and attributes: as_integer_ratio, is_integer, conjugate, real/imag,
# numerator/denominator, __sizeof__, __getnewargs__, bit_count on negatives, and bool variants.
for v in [0, 1, -1, 2**30, -(2**64), 10**50, True, False]:
    print(v, v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator,
          v.__sizeof__(), v.__getnewargs__(), v.bit_count())
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__)
print(int.bit_length(-37), int.conjugate(9), (7).__abs__(), (-7).__abs__(), (7).__neg__(),
      (0).__bool__(), (3).__bool__(), (3).__invert__(), (3).__float__(), (2**64).__float__())
print(sorted([n for n in dir(int) if not n.startswith("_")]))
