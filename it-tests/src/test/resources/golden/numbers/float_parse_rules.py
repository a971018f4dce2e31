# float(text): signs, whitespace, exponents, underscores, inf/nan spellings, Unicode digits,
# bytes, huge and tiny values, and the exact error texts.
good = ["1", "  -2.5  ", "+.5", "5.", "1e10", "1E-10", "1_000.000_1", "inf", "-Infinity", "nAn", "-nan", "1e400",
        "-1e400", "1e-400", "2.4703282292062328e-324", "2.4703282292062327e-324", "0x10" if False else "10",
        "\u0661.\u0665", "\t3.25\n", "00012", "1.7976931348623158e308", "1.7976931348623159e308",
        "9007199254740993", "0.1000000000000000055511151231257827"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1e", "e1", "1.2.3", "1__0", "_1", "1_", "1_e1", "infinit", "0x10", "1e1.5", "- 1", "nan1", "١x"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(b"1.5"), float(b" -2e3 "), float(), float(-7), float(True), float(2**53 + 1))
for f in [lambda: float(b"x1"), lambda: float("1", "2"), lambda: float(x="1"), lambda: float(None), lambda: float(1j)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
