# sum, abs, round, divmod and pow: numeric builtins and their edge cases.

print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5, 3j]), sum([[1], [2]], []))
print(sum(range(101)), sum([True, True, False]), sum([], start=5), sum(((1,), (2,)), ()), sum([2 ** 64, -1]))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5 + 1e-9))
print(round(7), round(7, 0), round(7.0), round(7.0, 0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(2.0, 0.5), pow(7, 0), pow(0, 0), pow(3, 2, -4))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(10, -2, 7))
for label, fn in (("sum(['a', 'b'])", lambda: sum(["a", "b"])), ("sum([1], '')", lambda: sum([1], "")),
                  ("sum([b'a'], b'')", lambda: sum([b"a"], b"")), ("sum([bytearray()], bytearray())", lambda: sum([bytearray()], bytearray())),
                  ("abs('1')", lambda: abs("1")), ("round('1')", lambda: round("1")), ("divmod(1, 'a')", lambda: divmod(1, "a")),
                  ("divmod(1j, 1)", lambda: divmod(1j, 1)), ("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4)),
                  ("pow(2, 1.5, 3)", lambda: pow(2, 1.5, 3)), ("round(1.5, 1.0)", lambda: round(1.5, 1.0))):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    __radd__ = __add__

    def __abs__(self):
        return Money(abs(self.c))

    def __repr__(self):
        return f"Money({self.c})"


print(sum([Money(5), Money(-7)]), abs(Money(-3)), sum([Money(1)], Money(10)))
