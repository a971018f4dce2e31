# Every comparison between ints (small, at 2**53, huge), bools and floats (zeros, halves, inf, nan):
# exact, never rounding the int; sorting and min/max of mixed numbers.
vals = [0, 1, -1, True, False, 2**53, 2**53 + 1, -(2**53) - 1, 2**64, 10**400, -(10**400),
        0.0, -0.0, 0.5, 1.0, -1.5, 9007199254740992.0, 9007199254740993.0, 1e308, float("inf"), float("-inf"), float("nan")]
for a in vals:
    print(repr(a)[:12], "".join("%d%d%d%d%d%d " % (a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals))
print(sorted([3, 2.5, True, -1.0, 0, 2**70, 1e21]), 1 == 1.0, 2**53 + 1 == 2.0**53, max(1, 1.0), min(2.0, 2))
