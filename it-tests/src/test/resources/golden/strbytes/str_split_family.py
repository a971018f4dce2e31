# split/rsplit/splitlines/partition/rpartition: whitespace runs, separators, maxsplit and errors.
for s in ["a b  c", "  lead and trail  ", "a,b,,c,", "", "   ", "one\ttwo\nthree\x0bfour\x1cfive\u2003six"]:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split(" ", 2))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"), "x".split("x"))
print("1 2 3".split(maxsplit=0), "1 2 3".rsplit(maxsplit=0), " 1 2 ".split(maxsplit=0), "1,2".split(sep=","))
print("a b c".split(maxsplit=-5), "a b c".rsplit(None, 10**18))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1c7\x1d8\x1e9\x85ten\u2028eleven\u2029twelve\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "no newline".splitlines(1))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("a😀b😀c".partition("😀"), "a😀b😀c".rsplit("😀", 1), "😀 😀".split())
for call in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(""), lambda: "a".split(1),
             lambda: "a".partition(None), lambda: "a".rpartition(1), lambda: "a".split(",", "1"),
             lambda: "a".split(",", None), lambda: "a".split(x=1), lambda: "a".splitlines(1, 2),
             lambda: "a".split(",", 10**30)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
