# TypeErrors and ValueErrors from mixing bytes with str and ints.

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("b'a' + 'b'", lambda: b"a" + "b")
attempt("'a' + b'b'", lambda: "a" + b"b")
attempt("b'a' + 1", lambda: b"a" + 1)
attempt("b'a' * 'x'", lambda: b"a" * "x")
attempt("b'abc'.decode('ascii')", lambda: b"abc".decode("ascii"))
attempt("b'\\xff'.decode('ascii')", lambda: b"\xff".decode("ascii"))
attempt("'x' in b'xyz'", lambda: "x" in b"xyz")
attempt("300 in b'xyz'", lambda: 300 in b"xyz")
attempt("b'abc'.startswith('a')", lambda: b"abc".startswith("a"))
attempt("b'abc'.replace('a', 'b')", lambda: b"abc".replace("a", "b"))
attempt("bytearray(b'x') + 'y'", lambda: bytearray(b"x") + "y")
attempt("b'%d' % 'x'", lambda: b"%d" % "x")
attempt("b'x'.join([1])", lambda: b"x".join([1]))
attempt("int(b'12')", lambda: int(b"12"))
attempt("float(b'1.5')", lambda: float(b"1.5"))
attempt("b'ab'[0:1] == b'a'[0]", lambda: b"ab"[0:1] == b"a"[0])
attempt("ord(b'a')", lambda: ord(b"a"))
attempt("ord(b'ab')", lambda: ord(b"ab"))
attempt("chr(b'a'[0])", lambda: chr(b"a"[0]))
attempt("str(b'a', 'bogus')", lambda: str(b"a", "bogus"))
attempt("bytes.fromhex(b'00')", lambda: bytes.fromhex(b"00"))
attempt("b'abc'.split(b'')", lambda: b"abc".split(b""))
attempt("bytearray(b'ab').extend('cd')", lambda: bytearray(b"ab").extend("cd"))
attempt("b'a'.center(3, b'ab')", lambda: b"a".center(3, b"ab"))
attempt("sorted([b'a', 'a'])", lambda: sorted([b"a", "a"]))
