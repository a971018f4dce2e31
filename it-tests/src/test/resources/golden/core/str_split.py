# split, rsplit, splitlines, partition and rpartition.

texts = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", "x\ty\nz\r\nw\x0bv\x0cu\x1cq",
         "key=value=more", "no-separator-here"]
for t in texts:
    print(repr(t))
    print("   split()", t.split())
    print("   split(' ')", t.split(" "))
    print("   split(',')", t.split(","))
    print("   split(None, 1)", t.split(None, 1), "rsplit(None, 1)", t.rsplit(None, 1))
    print("   split('=', 1)", t.split("=", 1), "rsplit('=', 1)", t.rsplit("=", 1))
    print("   partition('=')", t.partition("="), "rpartition('=')", t.rpartition("="))

print("a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", maxsplit=2))
print("1<>2<>3".split("<>"), "<><>".split("<>"), "aXbXc".split(sep="X"), "a b c".rsplit(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)

lines = "first\nsecond\r\nthird\rfourth\n\nsixth\u2028seventh\x85eighth\n"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "no newline".splitlines())

csv = "name,age,city\nAda,36,London\nLinus,28,Helsinki\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
for row in data:
    print(dict(zip(header, row)))
