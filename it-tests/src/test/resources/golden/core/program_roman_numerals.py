# Roman numerals: conversion both ways, strict validation, and arithmetic through conversion.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    if not s or any([ch not in SYMBOLS for ch in s]):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for i, ch in enumerate(s):
        value = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS[s[i + 1]] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<14} -> {from_roman(r)}")
for bad in (0, 4000, -5, 2.5, True):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("IIII", "VX", "IC", "MMMM", "", "ABC", "XIIV", "iv"):
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
assert all([from_roman(to_roman(n)) == n for n in range(1, 4000)])
print("round trip ok for 1..3999")
longest = max(range(1, 4000), key=lambda n: (len(to_roman(n)), n))
print("longest:", longest, to_roman(longest), len(to_roman(longest)))
expr = "MCMXC + XXXIV - IX"
tokens = expr.split()
total = from_roman(tokens[0])
for op, num in zip(tokens[1::2], tokens[2::2]):
    total = total + from_roman(num) if op == "+" else total - from_roman(num)
print(expr, "=", to_roman(total), f"({total})")
