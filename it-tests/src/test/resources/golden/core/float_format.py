# format() / f-strings for floats: e, f, g, %, precision, width, alignment, sign, grouping.

values = [0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1234567.891, 0.000123456, 1e20, 1e-20, 100.0, 0.5, 2.5]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "10.2f",
         "<10.2f", "^10.2f", "*>12.3f", "+.2f", " .2f", "-.2f", "010.3f", ",.2f", "_.1f", "#.0f", "#g",
         ".0e", "#.0e", "z.1f", ".1"]
for v in values:
    print(repr(v))
    for spec in specs:
        print(f"   {spec!r:>10}: [{format(v, spec)}]")

x = 12345.6789
w, p = 12, 3
print(f"[{x:{w}.{p}f}] [{x:>{w},.{p}f}] [{x:{'^'}{w}}] [{x=:.1f}] [{x = }]")
print("{:.2f} {:>8.3e} {:,}".format(x, x, 1234567.5))

# The default format (no type) differs from 'g': it always keeps a decimal point or exponent
for v in (1.0, 1e16, 123456789.0, 1.5e-7, 0.0001):
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, ".3g"), str(v))

# Errors in float format specs
for bad in ("d", "x", "c", "s", ",_", ".2q", "=10s"):
    try:
        format(2.5, bad)
    except ValueError as e:
        print("ValueError:", e)

# Alignment with '=' puts the padding between the sign and the digits
print(f"[{-3.5:=10}] [{-3.5:0=10.2f}] [{3.5:+=10}] [{-1e10:=+15,.1f}]")
