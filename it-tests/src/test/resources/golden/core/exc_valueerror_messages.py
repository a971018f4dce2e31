# ValueError messages produced by built-in operations.
import math


def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except ValueError as e:
        print(f"{label:<36} {e}")


attempt("int('12a')", lambda: int("12a"))
attempt("float('1.2.3')", lambda: float("1.2.3"))
attempt("[1, 2].index(3)", lambda: [1, 2].index(3))
attempt("[1].remove(2)", lambda: [1].remove(2))
attempt("(1,).index(2)", lambda: (1,).index(2))
attempt("'abc'.index('z')", lambda: "abc".index("z"))
attempt("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]"))
attempt("a, b, c = 'xy'", lambda: exec("a, b, c = 'xy'"))
attempt("math.sqrt(-1)", lambda: math.sqrt(-1))
attempt("math.log(0)", lambda: math.log(0))
attempt("math.log(-1)", lambda: math.log(-1))
attempt("math.acos(2)", lambda: math.acos(2))
attempt("math.factorial(-1)", lambda: math.factorial(-1))
attempt("chr(-5)", lambda: chr(-5))
attempt("range(0, 5, 0)", lambda: range(0, 5, 0))
attempt("'{:d}'.format('x')", lambda: "{:d}".format("x"))
attempt("'x'.split('')", lambda: "x".split(""))
attempt("bytes([300])", lambda: bytes([300]))
attempt("int('5', 1)", lambda: int("5", 1))
attempt("max([])", lambda: max([]))
attempt("min(())", lambda: min(()))
attempt("'{0}{}'.format(1, 2)", lambda: "{0}{}".format(1, 2))
attempt("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
attempt("zip([1], [], strict=True)", lambda: list(zip([1], [], strict=True)))
attempt("memoryview(b'x')[0] = 1", lambda: memoryview(bytearray(b"x")).__setitem__(0, 256))
attempt("slice(1, 2, 0) on a list", lambda: [1, 2, 3][::0])
attempt("int('1' * 5000)", lambda: int("1" * 5000))
attempt("bytes.fromhex('0')", lambda: bytes.fromhex("0"))
attempt("float.fromhex('x')", lambda: float.fromhex("x"))
attempt("'abc'.encode(errors=bogus)", lambda: "abc".encode("utf-8", "bogus-handler"))
attempt("(1).to_bytes(1, 'up')", lambda: (1).to_bytes(1, "up"))
attempt("'é'.encode().decode('ascii')", lambda: "é".encode("utf-8").decode("ascii"))
