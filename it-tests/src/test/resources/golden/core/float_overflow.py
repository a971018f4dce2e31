# Which float operations overflow to inf and which raise OverflowError, with messages.
import math


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, e.args)


attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("1e308 + 1e308", lambda: 1e308 + 1e308)
attempt("-1e308 * 10", lambda: -1e308 * 10)
attempt("1e-308 / 1e10", lambda: 1e-308 / 1e10)
attempt("1e-320 / 1e10", lambda: 1e-320 / 1e10)
attempt("2.0 ** 1024", lambda: 2.0 ** 1024)
attempt("10.0 ** 308", lambda: 10.0 ** 308)
attempt("(-10.0) ** 309", lambda: (-10.0) ** 309)
attempt("1e200 ** 2", lambda: 1e200 ** 2)
attempt("2 ** 1024 * 1.0", lambda: 2 ** 1024 * 1.0)
attempt("float(2 ** 1024)", lambda: float(2 ** 1024))
attempt("float(2 ** 1023)", lambda: float(2 ** 1023))
attempt("math.exp(710)", lambda: math.exp(710))
attempt("math.exp(-1000)", lambda: math.exp(-1000))
attempt("math.pow(10, 400)", lambda: math.pow(10, 400))
attempt("math.ldexp(1.0, 1024)", lambda: math.ldexp(1.0, 1024))
attempt("math.ldexp(1.0, -1100)", lambda: math.ldexp(1.0, -1100))
attempt("math.cosh(1000)", lambda: math.cosh(1000))
attempt("math.factorial(20) * 1.0", lambda: math.factorial(20) * 1.0)
attempt("math.fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308]))
attempt("float('1e309')", lambda: float("1e309"))
attempt("int(1e308)", lambda: len(str(int(1e308))))
attempt("(1e308).as_integer_ratio()[1]", lambda: (1e308).as_integer_ratio()[1])
attempt("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))
attempt("round(1e308)", lambda: len(str(round(1e308))))
attempt("(10 ** 400) // 1.5", lambda: (10 ** 400) // 1.5)
attempt("divmod(1e308, 1e-308)", lambda: divmod(1e308, 1e-308))
attempt("sum of 1e308s", lambda: sum([1e308] * 3))
