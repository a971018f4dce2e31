# str(x), int(x) and float(x) with one argument take a shortcut past argument binding; what
# they return and raise must not change.


class S(str):
    def __str__(self):
        return "custom"


class Bad:
    def __str__(self):
        return 42


class Num:
    def __index__(self):
        return 7

    def __float__(self):
        return 2.5


print(str(5), str("x"), str(S("s")), type(str(S("s"))).__name__, str(b"ab"), str(None), str([1, "a"]))
print(int("12"), int(" -3 "), int(3.9), int(True), int(Num()), int("1_000"), type(int(True)).__name__)
print(float("  2.5 "), float(7), float(Num()), float("inf"), float("-nan"), float(True))
for f, arg in ((str, Bad()), (int, "x"), (int, 2.5j), (float, "abc"), (float, []), (int, None)):
    try:
        print(f(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(type(1.0), type("a"), type(S("q")).__name__)
