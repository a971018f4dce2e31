# The is* predicates over ASCII, Unicode digits, numerals and whitespace.

samples = ["abc", "ABC", "Abc", "aBc", "abc123", "123", "12.5", "-1", "", " ", "\t\n", "٣٤", "²",
           "½", "Ⅻ", "一二三", "x_y", "_private", "2nd", "class", "é", "ñ", "Title Case", "Title case",
           "ǅ", "\x00", "\x7f", "😀", "A1 B2", "\u00a0", "\u2028", "café", "ΑΒΓ", "Dž"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" " * 14 + " ".join([p[2:6] for p in preds]))
for s in samples:
    flags = ["  T  " if getattr(s, p)() else "  .  " for p in preds]
    print(f"{ascii(s):>14}" + "".join(flags))

# Validating input-like strings
def classify(token):
    if token.isdecimal():
        return "integer"
    if token.replace(".", "", 1).isdecimal():
        return "decimal"
    if token.isidentifier():
        return "name"
    if token.isspace() or not token:
        return "blank"
    return "other"


for tok in ["42", "3.14", "1.2.3", "foo_bar", "9lives", "   ", "", "x1", "+5"]:
    print(repr(tok), classify(tok))
