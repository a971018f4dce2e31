# format() / f-strings of floats: every presentation type with precision, alternate form,
# grouping, sign and zero padding, the 'z' option, inf/nan, and bad specs.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1.5e300, 0.000123456, 12345678901234567.0,
        float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3E", "g", ".3g", "#g", "G", "%", ".1%", "n", "10.3f", "<10",
         "^12.2e", "+", " .2f", "010.2f", ",.2f", "_.3f", "z.1f", ".15g", ".20f", "r" if False else "F"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(f"{2.5:*^10}", f"{-0.0001:z.2f}", f"{1e100:.3}", f"{0.1:.17}", f"{123.456:08.2f}", f"{1e6:,}")
for spec in ["d", "x", "c", ".2s", ",_", "z", "=^"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(float.__format__(2.5, ""), format(2.5, ""), f"{2:.2f}", f"{True:.1f}")
