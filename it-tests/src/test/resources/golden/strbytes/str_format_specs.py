# str.format with conversions, str format specs and nested replacement fields in the spec.
print("[{:10}][{:<10}][{:>10}][{:^10}][{:*^11}][{:.3}][{:>8.2}][{:😀>5}]".format(*(["text"] * 8)))
print("[{0:{1}}][{0:{1}{2}}][{0:{w}.{p}}][{0:>{w}}]".format("nested", "10", "s", w=8, p=3))
print("[{:{}}][{:{}.{}}]".format("auto", 6, "auto", 5, 2))
print("[{!r:>10}][{!s:^9}][{!a:<8}]".format("r", 5, "ü"))
print("[{0!r}][{0!s}][{0!a}]".format("😀"), "[{}]".format("é".center(5, "·")))
print("{:s}".format("s type"), "{:}".format("empty spec"), "{:=^12s}".format(" mid "), "{:>{}}".format("x", 4))
print(format("abc", "5"), format("abc", ">5"), format("abc", ".1"), format("abc"), format("abc", ""))
print(f"{'fstr':>8}|{'x'!r:^7}|{'abc':.2}|{'😀':*<4}|{'z'!a}")
width, prec = 9, 4
print(f"[{'nested spec':>{width}.{prec}}] [{'w':{'>'}{width}}]")
for spec in ["d", "x", "+", " 5", "=5", "05", ",", "_", "#", "z", ".2f", "10x", "c", "%"]:
    try:
        print(repr(format("str", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
