# The exact ValueError/TypeError messages of int().

bad = [
    ("", 10), ("   ", 10), ("abc", 10), ("1.5", 10), ("1e3", 10), ("0x10", 10), ("12", 2),
    ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 16), ("0b2", 0), ("08", 0), ("0_7", 0),
    ("+-1", 10), ("- 1", 10), ("1 2", 10), ("g", 16), ("0o8", 8), ("9", 8), ("z", 35),
    ("\x00", 10), ("١٢x", 10), ("0x_", 0),
]
for text, base in bad:
    try:
        print("accepted?!", int(text, base))
    except ValueError as e:
        print("ValueError:", e)

for base in (1, 37, -1, 100):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)

for arg in (None, [1], {}, 1j):
    try:
        int(arg)
    except TypeError as e:
        print("TypeError:", e)

try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)

try:
    int("1", "10")
except TypeError as e:
    print("TypeError:", e)

try:
    int("1", 10, 2)
except TypeError as e:
    print("TypeError:", e)

# long invalid strings are cut in the message
try:
    int("x" * 300)
except ValueError as e:
    print("ValueError:", e)

try:
    int(b"12a")
except ValueError as e:
    print("ValueError:", e)

try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
