# str.__format__ and the format() builtin for str, and objects' __format__ through format().
print(repr("abc".__format__("")), repr("abc".__format__("^7")), repr("abc".__format__("->6.2")))
print(repr(format("", "5")), repr(format("ü", "3")), repr(format("😀😀", ".1")), repr(format("abc", "<0")))
print(repr(format("tab\t", "*>8")), repr(format("x", "\x00^3")), repr(format("wide", "12.6s")))
for spec in ["=10", "+", "05", "#", ",", "_", ".2f", "d", "10.2%", "z", "x<", "<<<", ".", ">-3", "1000000000000000000000"]:
    try:
        print(repr(spec), repr(format("str", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for call in [lambda: format("a", 1), lambda: "a".__format__(1), lambda: "a".__format__(),
             lambda: format(object(), "x")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

class Custom:
    def __format__(self, spec):
        return "custom(" + spec + ")"

print(format(Custom(), "abc"), f"{Custom():xyz}", "{:q}".format(Custom()), format(Custom()))
