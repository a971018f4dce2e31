# bytes methods shared with str (ASCII semantics): case, predicates, split/strip/partition/join/replace.
b = b"Hello World \xe9\xff 123"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"hELLO".capitalize(), b"they're".title())
for s in [b"", b"abc", b"ABC", b"Abc Def", b"abc123", b"123", b" \t\n\x0b\x0c\r", b"\xe9", b"a b", b"\x7f"]:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(), s.isspace(),
          s.istitle())
print(b"  a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"a b c".split(None, 1),
      b"a\xa0b".split(), b"x".split(bytearray(b"x")), b"1 2 3".split(maxsplit=1))
print(b"line1\nline2\r\nline3\rline4\x0bx".splitlines(), b"a\nb\n".splitlines(True), b"".splitlines())
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"abc".strip(b"cb"),
      b"\xa0x\xa0".strip())
print(b"key=val=x".partition(b"="), b"key=val=x".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b", ".join((b"x", b"y")),
      b"a.b".replace(b".", b"::"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"abc".center(9, b"*"), b"abc".ljust(6), b"abc".rjust(6, b"."), b"42".zfill(5), b"-42".zfill(5),
      b"a\tb".expandtabs(4), b"abc".center(2), b"ab".center(5, bytearray(b"-")))
print(b"TestHook".removeprefix(b"Test"), b"TestHook".removesuffix(b"Hook"), b"abc".removeprefix(b"x"))
for call in [lambda: b"a".split("a"), lambda: b"a".split(b""), lambda: b"a".strip("a"), lambda: b"a".join(["x"]),
             lambda: b"a".join([b"x", 1]), lambda: b"a".join(5), lambda: b"a".replace("a", b"b"),
             lambda: b"a".partition(b""), lambda: b"a".partition("a"), lambda: b"a".center(3, "x"),
             lambda: b"a".center(3, b"xy"), lambda: b"a".ljust(3, 1), lambda: b"a".removeprefix("a"),
             lambda: b"a".lower(1), lambda: b"a".zfill("3"), lambda: b"a".expandtabs(1.5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
