# str.format: automatic and manual numbering, keywords, attribute and index access, escaped braces.
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0} {0}".format("twice"))
print("{name} is {age}".format(name="Ada", age=36), "{0} {x} {1}".format("p", "q", x="kw"))
print("{{}} {{{}}} }}{{".format("in"), "{{0}}".format(), "{}".format("x") + "{}".format(5))

class Point:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
        self.d = {"key": "val", 0: "int-zero"}

p = Point()
print("{0.x} {0.y[1]} {0.d[key]} {p.x} {p.d[0]}".format(p, p=p))
print("{0[0]} {0[1]} {1[k]} {1[2]} {2[1][0]}".format(["first", "last"], {"k": "K", 2: "two"}, [[], ["nested"]]))
print("{a[1]}".format(a="xyz"), "{0[1]}".format({1: "int key"}), "{0.__class__.__name__}".format(1.5))
print("{0!s:>4}|{1!r:<6}|{2!a}".format("s", "r", "é"), "{}{}".format(*"ab"), "{k}".format(**{"k": "v"}))
print("{0}{1}".format("only", "extra", "ignored"), "{a}".format(a=1, b=2), "".format(1, 2))
print("{０}".format("fullwidth digit index"), "{٠}".format("arabic-indic"))
for fmt, args, kwargs in [("{}", (), {}), ("{1}", ("a",), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}),
                          ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{0[k]}", ([1],), {}),
                          ("{0[-1]}", ([1],), {}), ("{x.y}", (), {"x": None})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
