# str.format: positional/keyword/auto numbering, indexing, attributes, conversions, nesting, errors.

print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Ada", age=36), "{0} {k}".format(1, k=2))
print("{0[0]} {0[1]} {1[key]} {1[key2][1]}".format(["first", "second"], {"key": "v", "key2": "ab"}))
print("{{literal}} {{{0}}} }}{{".format("x"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print("{0.x} {0.y} {0} {0!r} {0!s} {0!a}".format(p), "{p.x}".format(p=p))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:*^11}".format("mid"))
print("{0:{1}}|{0:{fill}{align}{width}}|".format("x", 5, fill="-", align=">", width=6))
print("{:.{prec}f} {:{w}.{p}e}".format(3.14159, 2.71828, prec=2, w=12, p=3))
print("{!r:>8} {!s:<6}|".format("q", 1.5))
print("{0:d} {0:x} {0:o} {0:b} {0:#x} {0:,} {0:_b} {0:e}".format(255))
print("{:%} {:.1%}".format(0.25, 1 / 3))
print("{}".format(None), "{}".format([1, "a"]), "{:}".format(1), "{!r}".format("s"))
print("é{}é".format("😀"), "{0}{1}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))

def attempt(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


attempt("{} {}", 1)
attempt("{0} {}", 1, 2)
attempt("{} {0}", 1, 2)
attempt("{missing}", x=1)
attempt("{0.nope}", p)
attempt("{0[5]}", [1])
attempt("{0[k]}", {"j": 1})
attempt("{", 1)
attempt("}", 1)
attempt("{0!x}", 1)
attempt("{:d}", "s")
attempt("{:s}", 5)
attempt("{:,s}", "a")
attempt("{0:=^10}", "centered")
attempt("{:.3}", "truncate me")
attempt("{:10.2}|", "abcdef")
attempt("{0[-1]}", [1, 2])
attempt("{0[0]:>{1}}", ["z"], 4)
print(str.format("{}-{}", 1, 2), "{x}".format_map({"x": "mapped"}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b} {c}".format_map(Default(a=1)))
