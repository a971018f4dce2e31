# repr(float) is the shortest string that round-trips; str is the same; the switch to exponent
# form at 1e16 and 1e-4; negative zero, inf and nan.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.00012345, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 0.3, 4.35, 0.1 * 3, 1.1 * 1.1,
        float("inf"), float("-inf"), float("nan"), -1.5e-7, 123.456, 1e-310]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print([0.5, 0.25, 1e100], (1.0,), {2.5: -0.0})
total = 0.0
i = 0
while i < 10:
    total += 0.1
    i += 1
print(total, total == 1.0, round(total, 15))
