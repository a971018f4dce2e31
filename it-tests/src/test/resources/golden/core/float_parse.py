# float() from strings: accepted syntaxes and error messages.

good = ["1", "1.", ".5", "-.5", "+1.5e3", "1E-3", "  3.25  ", "1_000.000_1", "1e1_0", "inf",
        "-Infinity", "nAn", "10", "1e309", "-1e309", "1e-400", "00012.5000",
        "\t\n2.5\r ", "٣.١٤", "1.7976931348623157e308", "4.9e-324", "0.1", "-0", "123456789012345678901234567890"]
for s in good:
    v = float(s)
    print(repr(s), "->", repr(v))

bad = ["", " ", "abc", "1.2.3", "1e", "e5", "0x10", "1_", "_1", "1__0", "1,5", "1 2", "in f",
       "infinit", "nan1", "--1", "1e+", ".", "+", "1.5j", "x" * 100]
for s in bad:
    try:
        float(s)
        print("accepted?!", repr(s))
    except ValueError as e:
        print("ValueError:", e)

print(float(b"1.5"), float(bytearray(b" -2 ")), float(True), float(7), float(2 ** 60 + 1))
for obj in (None, [], {}, 1j):
    try:
        float(obj)
    except TypeError as e:
        print("TypeError:", e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 4


class Bad:
    def __float__(self):
        return "x"


print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
print(float(), float("-0.0"), float("0.0") == float("-0.0"))
