# Negative zero: equal to zero, but its sign shows in repr, copysign, atan2 and division results.
import math

nz = -0.0
print(nz, repr(nz), str(nz), nz == 0.0, nz == 0, nz < 0, nz is not None)
print(math.copysign(1.0, nz), math.copysign(1.0, 0.0), math.copysign(3, -0.0))
print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(-0.0, 1.0))
print(1 / float("inf"), -1 / float("inf"), 0.0 * -1, -0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0)
print(abs(nz), -nz, +nz, nz * 5, nz / 5, round(-0.4), round(-0.4, 1), round(-0.0001, 2))
print(int(nz), float("-0"), -0, 0 * -1.0, math.sqrt(-0.0), math.floor(-0.0), math.ceil(-0.5))
print(f"{nz}", f"{nz:.2f}", f"{nz:+}", f"{nz:z.2f}", f"{-0.001:.2f}", f"{-0.001:z.2f}", "%.1f" % nz)
print(nz.hex(), nz.as_integer_ratio(), nz.is_integer(), hash(nz) == hash(0.0))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(sorted([0.0, -0.0, 0, -0.0]))
print({0.0: "a", -0.0: "b"})
print(complex(-0.0, -0.0), complex(0.0, -0.0), -0j, -(0j))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0))
print(str(-0.0 * 0), repr(math.fsum([-0.0, -0.0])), repr(sum([-0.0, -0.0])), repr(sum([-0.0], -0.0)))

# Functions that preserve the sign of zero
for fn in (math.sin, math.tan, math.atan, math.asin, math.trunc, math.floor, abs, float):
    print(fn.__name__, repr(fn(-0.0)))

# Values that round to zero keep their sign
for v in (-1e-400, -5e-324 / 2, -0.4, -1e-9 * 1e-9 * 1e-9 * 1e-300):
    print(repr(v), repr(round(v, 3)), repr(v * 0))
