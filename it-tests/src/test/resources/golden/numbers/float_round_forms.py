# round(float): to an int with ties to even; with ndigits through the correctly rounded decimal
# value; huge and negative ndigits; nan and infinities.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 2.5e-5, 123.456, -0.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, 3), type(round(v)).__name__)
print(round(1e300, -300), round(1.5e300, -299), round(123.456, -2), round(5e-324, 400), round(1e-300, 10))
print(round(2.5, 2**70), round(2.5, -2**70), round(-2.5, -2**70), round(float("inf"), 2), round(float("nan"), -3))
for f in [lambda: round(float("nan")), lambda: round(float("inf")), lambda: round(float("-inf")),
          lambda: round(1.5, 1.0), lambda: round(1.5, "1")]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((2.5).__round__(), (2.5).__round__(None), (2.5).__round__(1), round(True + 0.5), round(1e20))
