# round() of ints: ndigits >= 0 returns the int itself; negative ndigits rounds to a multiple of
# 10**-n with ties to even; ndigits must be an index.
for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 250, 251, -250, 12345, 10**20 + 5 * 10**19, 2**70]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -3), round(v, -30))
print(type(round(5, -1)).__name__, round(True, -1), round(7, True))
class Ten:
    def __index__(self):
        return -1
print(round(1234, Ten()))
for nd in [1.5, "2", None]:
    try:
        print(round(1234, nd))
    except TypeError as e:
        print("TypeError:", e)
print((5).__round__(), (-15).__round__(-1), round(5, None), (2.5).__round__(None))
try:
    (5).__round__(None)
except TypeError as e:
    print("TypeError:", e)
