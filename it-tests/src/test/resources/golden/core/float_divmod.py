# divmod, //, % and math.fmod on floats; the signs of results and of zero.
import math

cases = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0),
         (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (1.0, 0.1), (-1.0, 0.1), (1e20, 3.0), (0.3, 0.1), (5, 1.5)]
for a, b in cases:
    q, r = divmod(a, b)
    print(f"divmod({a!r}, {b!r}) = ({q!r}, {r!r});  fmod = {math.fmod(a, b)!r};  remainder = {math.remainder(a, b)!r}")

print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2.5, -7))
print(math.fmod(-0.0, 1.0), (-0.0) % 1.0, (-0.0) // 1.0, 0.0 // -1.0)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(-0.0))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), type(math.floor(2.5)).__name__)
print(math.floor(1e20), math.ceil(1e-20), math.trunc(-1e20))

for a, b in cases:
    q, r = divmod(a, b)
    # q * b + r should be close to a
    print(abs(q * b + r - a) <= 1e-9 * max(1.0, abs(a)), end=" ")
print()

try:
    math.fmod(1.0, 0.0)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
