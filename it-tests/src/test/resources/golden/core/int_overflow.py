# OverflowError and related messages when ints meet floats or machine-size limits.
import math
import sys


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


big = 10 ** 400
attempt("float(big)", lambda: float(big))
attempt("big * 1.0", lambda: big * 1.0)
attempt("big / 3", lambda: big / 3)
attempt("big / (big // 10)", lambda: big / (big // 10))
attempt("1 / big", lambda: 1 / big)
attempt("big + 0.5", lambda: big + 0.5)
attempt("big < 1e308", lambda: big < 1e308)
attempt("math.sqrt(big)", lambda: math.sqrt(big))
attempt("math.isqrt(big) digits", lambda: len(str(math.isqrt(big))))
attempt("math.log10(big)", lambda: math.log10(big))
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("[0] * big", lambda: [0] * big)
attempt("'a' * big", lambda: "a" * big)
attempt("len(range(big))", lambda: len(range(big)))
attempt("range(big)[-1] % 1000", lambda: range(big)[-1] % 1000)
attempt("chr(big)", lambda: chr(big))
attempt("(1).to_bytes(big, 'big')", lambda: (1).to_bytes(big, "big"))
attempt("sys.maxsize", lambda: sys.maxsize)
attempt("sys.maxsize + 1", lambda: sys.maxsize + 1)
attempt("[1, 2][sys.maxsize + 1]", lambda: [1, 2][sys.maxsize + 1])
attempt("'abc'[big:]", lambda: "abc"[big:])
attempt("round(1e308, -400)", lambda: round(1e308, -400))
attempt("int(1e308) bits", lambda: int(1e308).bit_length())
attempt("math.factorial(-1)", lambda: math.factorial(-1))
attempt("math.exp(1000)", lambda: math.exp(1000))
