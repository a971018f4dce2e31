# Errors from range() and from indexing and slicing with bad values.

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("range()", lambda: range())
attempt("range(1.5)", lambda: range(1.5))
attempt("range('3')", lambda: range("3"))
attempt("range(1, 5, 0)", lambda: range(1, 5, 0))
attempt("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4))
attempt("range(None)", lambda: range(None))
attempt("range(3)[3]", lambda: range(3)[3])
attempt("range(3)[-4]", lambda: range(3)[-4])
attempt("range(3)[1.0]", lambda: range(3)[1.0])
attempt("range(3).index(5)", lambda: range(3).index(5))
attempt("range(3) + range(2)", lambda: range(3) + range(2))
attempt("range(3) * 2", lambda: range(3) * 2)
attempt("range(3)[0] = 1", lambda: range(3).__setitem__(0, 1))
attempt("len(range(2 ** 64))", lambda: len(range(2 ** 64)))
attempt("range(2 ** 64)[2 ** 63]", lambda: range(2 ** 64)[2 ** 63])
attempt("(2 ** 64 - 1) in range(2 ** 64)", lambda: (2 ** 64 - 1) in range(2 ** 64))
attempt("'abc'[1:2:0]", lambda: "abc"[1:2:0])
attempt("[1][1:'x']", lambda: [1][1:"x"])
one_tuple, abc, five, nothing = (1,), "abc", 5, None
attempt("(1,)[None]", lambda: one_tuple[nothing])
attempt("'abc'[{}]", lambda: abc[{}])
attempt("[][0]", lambda: [][0])
attempt("''[0]", lambda: ""[0])
attempt("()[0]", lambda: ()[0])
attempt("b''[0]", lambda: b""[0])
attempt("range(0)[0]", lambda: range(0)[0])
attempt("5[0]", lambda: five[0])
attempt("None[0]", lambda: nothing[0])
attempt("len(5)", lambda: len(5))
attempt("iter(5)", lambda: iter(5))
