# float.hex() and float.fromhex(): exact hexadecimal float notation.

for x in (0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e-310, 5e-324, 1.7976931348623157e308, 2.0 ** 60, 1 / 3, 255.0):
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x or x != x)

for s in ("0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFp1023", "0x0.0000000000001p-1022", "0x10",
          "1", "  0xA.8p0  ", "0x.8", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x100p-8"):
    print(repr(s), repr(float.fromhex(s)))

for s in ("", "0x", "0xg", "0x1p", "1.2.3", "z"):
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print("OverflowError:", e)

print((1.5).hex(), float.hex(-2.75), float.fromhex((0.1).hex()))
