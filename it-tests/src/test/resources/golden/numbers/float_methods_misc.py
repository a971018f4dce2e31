# The float methods: as_integer_ratio, is_integer, __trunc__/__floor__/__ceil__/__int__, hash,
# conjugate/real/imag, __getnewargs__, __getformat__, and float subclasses.
for v in [0.0, -0.0, 0.5, -2.75, 1e300, 5e-324, 0.1, 123.0, -1e16]:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.__trunc__(), v.__floor__(), v.__ceil__(), int(v),
          hash(v), v.conjugate(), v.real, v.imag, v.__getnewargs__())
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
          lambda: float("inf").__floor__(), lambda: float("nan").__ceil__(), lambda: int(float("-inf"))]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(float("inf").is_integer(), float("nan").is_integer(), hash(float("inf")), hash(float("-inf")))
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("half")
except ValueError as e:
    print("ValueError:", e)
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, type(-c).__name__, type(abs(c)).__name__, type(c.real).__name__,
      f"{c}", f"{c:.1f}", Celsius("3.5"), Celsius(), c == 21.5, hash(c) == hash(21.5), type(float(c)).__name__)
class Metres(float):
    pass
print(Metres(2) * 3, type(Metres(2) * 3).__name__, isinstance(Metres(1), float), Metres.fromhex("0x1p3"))
