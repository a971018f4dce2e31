# repr() of str: quote choice, escapes of control and non-printable characters.

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rret",
           "back\\slash", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ü ñ", "\u200b\u2028\u2029",
           "\ufeff", "😀", "\U000e0001", "\ud800", "\x1b[31mred\x1b[0m", "bell\a", "\b\f\v", "'\"'", "ÿ", "\u0378"]
for s in samples:
    print(repr(s), ascii(s), len(s))

print(repr(repr("x")), repr(str(repr("a'b"))))
print(str("quote ' inside"), "%r" % "x\ny", f"{'a'!r}", "{!r}".format("z\t"))
print(["a", "b'", 'c"'], ("\n",), {"key": "\t"})
print(repr("\\n"), len("\\n"), repr(r"\n"), r"\d+\.\d*" == "\\d+\\.\\d*")
print(eval(repr("mixed ' and \" and \\ and \n")) == "mixed ' and \" and \\ and \n")
for code in (0, 9, 10, 13, 27, 31, 32, 126, 127, 128, 160, 173, 255, 256, 0x2028, 0xFFFF, 0x10000, 0x1F600):
    print(code, repr(chr(code)), ascii(chr(code)), chr(code).isprintable())

# repr of str subclasses and of strings inside nested containers
class Name(str):
    pass


n = Name("it's")
print(repr(n), str(n), [n], {n: n})
nested = {"list": ["a\n", ("b\t",)], "set": {"only"}, "quote": "'"}
print(nested)
print(repr(nested) == str(nested))
# Round trip of every ASCII character through repr and eval
ok = all([eval(repr(chr(i))) == chr(i) for i in range(128)])
print("round trip ok:", ok)
