# int ** int across the long range: results that fit, that just overflow, and big ones.
for a in (-3, -2, -1, 0, 1, 2, 3, 7, 10, 2**31, -(2**31), 2**62, -(2**62), 2**63 - 1, -(2**63)):
    print(a, [a ** b for b in (0, 1, 2, 3, 5, 31, 32, 62, 63, 64, 100)])
print(2 ** 100, (-2) ** 63, (-2) ** 64, 3 ** 40, 3 ** 39, (-3) ** 39, 10 ** 18, 10 ** 19, 9 ** 20)
