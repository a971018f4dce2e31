# float.hex and float.fromhex: normal, subnormal, special values, rounding of long hex strings,
# whitespace and errors; fromhex on a subclass calls the subclass.
for v in [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or v != v)
for s in ["0x1p0", "0X1.8P+1", "  -0x.8p1  ", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074",
          "0x3p-1076", "inf", "-Infinity", "nan", "1", "0x1.0000000000000800p0", "0x1.00000000000008001p0", "0x.0p0"]:
    print(repr(s), repr(float.fromhex(s)))
for s in ["", "0x", "0xg", "1p", "0x1p", "0x1.p++1", "0x1p10000", "x1"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ":", e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
try:
    float.fromhex(5)
except TypeError as e:
    print("TypeError:", e)
