# Comparing floats with ints is exact, and equal numbers hash alike across int, float, complex;
# nan compares unequal to everything, even itself.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan >= 1, [nan] == [nan], nan in [nan], 1 in [1.0])
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 2**60 == 2.0**60, 2**60 + 1 == 2.0**60, 2**60 + 1 > 2.0**60)
for a, b in [(9007199254740993, 9007199254740992.0), (-9007199254740993, -9007199254740992.0),
             (2**1023 * 3, 1.7976931348623157e308), (10**309, float("inf")), (1, 1.0000000000000002)]:
    print(a < b, a == b, a > b, b < a, b == a, b > a)
print(hash(5) == hash(5.0) == hash(5 + 0j), hash(-0.0) == hash(0), hash(0.5) == hash(complex(0.5, 0)))
print({1: "int", 1.0: "float", True: "bool"}, len({0, 0.0, False, -0.0, 0j}))
