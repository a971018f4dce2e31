# strip family, padding (center/ljust/rjust/zfill), expandtabs and removeprefix/removesuffix.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \t")), repr("xxhixx".strip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("\u2003\u00a0x\u3000".strip()), repr("😀a😀".strip("😀")))
print(repr("abc".strip("")), repr("abc".strip(None)), repr("".strip()), repr("aaa".lstrip("a")))
for w in [0, 3, 8, 9, -1]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")),
          repr("abc".rjust(w, "😀")))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+4".zfill(4)), repr("".zfill(3)), repr("abc".zfill(2)),
      repr("-".zfill(3)), repr("😀".zfill(3)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(3)),
      repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-2)), repr("😀\tx".expandtabs(4)), repr("a\tb".expandtabs(tabsize=1)))
print("TestHook".removeprefix("Test"), "TestHook".removesuffix("Hook"), "abc".removeprefix(""), "abc".removesuffix(""),
      "abc".removeprefix("abcd"), "aaa".removesuffix("a"))
for call in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust(5, 1), lambda: "a".strip(1),
             lambda: "a".lstrip(b"a"), lambda: "a".rstrip(1.5), lambda: "a".zfill("5"), lambda: "a".center(),
             lambda: "a".rjust(2.5), lambda: "a".expandtabs("2"), lambda: "a".removeprefix(None),
             lambda: "a".removesuffix(1), lambda: "a".center(10**30), lambda: "a".expandtabs(10**20)]:
    try:
        print(repr(call()))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
