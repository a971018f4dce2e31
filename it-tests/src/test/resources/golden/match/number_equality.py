# Literal patterns use == for numbers and strings, but `is` for None, True and False.
def which(x):
    match x:
        case True:
            return "True (identity)"
        case 1:
            return "== 1"
        case 2.0:
            return "== 2.0"
        case 3j:
            return "== 3j"
        case -0.0:
            return "== -0.0"
    return "no match"


for v in [True, 1, 1.0, 1 + 0j, 2, 2.0, 3j, 0, 0.0, -0.0, False, float("nan"), 10 ** 20]:
    print(f"{v!r:>24} {which(v)}")


class Weird:
    def __eq__(self, other):
        return other == 2.0

    def __repr__(self):
        return "Weird()"


print(which(Weird()))


def big(x):
    match x:
        case 123456789012345678901234567890:
            return "big int literal"
        case -123456789012345678901234567890:
            return "negative big int literal"
        case 1e300:
            return "huge float"
        case 0.1:
            return "0.1"
        case _:
            return "other"


for v in [123456789012345678901234567890, -123456789012345678901234567890, 1e300, 10 ** 300, 0.1, 0.1 + 0.2 - 0.2, 1 / 10]:
    print(f"{v!r:>34} {big(v)}")

nan = float("nan")


class Consts:
    NAN = nan


match nan:
    case Consts.NAN:
        print("nan matched by value pattern (identity shortcut in ==)")
    case _:
        print("nan did not match")

match float("nan"):
    case Consts.NAN:
        print("a different nan matched")
    case _:
        print("a different nan does not match")
