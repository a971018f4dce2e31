# Literal patterns: ints, floats, negative and complex numbers, strings, bytes, None/True/False.
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case 3 + 4j:
            return "complex 3+4j"
        case -1 - 1j:
            return "complex -1-1j"
        case 2j:
            return "imaginary 2j"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes raw"
        case "con" "cat":
            return "implicitly concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10:
            return "sixteen (hex literal)"
        case 1_000_000:
            return "a million"
        case _:
            return f"other {x!r}"


values = [0, -1, 1.5, -2.25, 3 + 4j, -1 - 1j, 2j, "hello", "", b"raw", "concat", None, True, False,
          16, 1000000, 0.0, 1, 1.0, 0j, "raw", bytearray(b"raw"), -0.0, 2.0 + 0j, [], (), "None"]
for v in values:
    print(f"{v!r:>22} -> {classify(v)}")


def truthy_literals(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case False:
            return "is False"
        case 0:
            return "== 0"
    return "no match"


for v in [True, 1, 1.0, False, 0, 0.0, None]:
    print(repr(v), "->", truthy_literals(v))


def none_vs_equal(x):
    match x:
        case None:
            return "None pattern"
        case _:
            return "not None"


class EqualsEverything:
    def __eq__(self, other):
        return True


print(none_vs_equal(EqualsEverything()), none_vs_equal(None))
