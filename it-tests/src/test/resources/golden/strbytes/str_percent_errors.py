# The exact errors of printf-style formatting.
cases = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%d", (None,)), ("%x", 1.5), ("%o", "7"),
         ("%X", [1]), ("%f", "x"), ("%e", None), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 1.5),
         ("%y", 1), ("%", ()), ("%5", (1,)), ("%.", (1,)), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)),
         ("abc", 5), ("abc", (1,)), ("%s", ()), ("%d", 2j), ("%i", "3"), ("%Z", ()), ("x%\n", 1),
         ("%s %d", ("a", "b")), ("%é", 1), ("%😀", 1), ("%.1000000000000000f", 1.0),
         ("%99999999999999999999d", 1), ("%*d", (10**30, 1)), ("%.*d", (10**30, 1)), ("%d", float("inf")),
         ("%d", float("nan")), ("%x", 10**20 + 0.5)]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)

class NoNumber:
    pass

for conv in "diouxXeEfFgGc":
    try:
        print(("%" + conv) % NoNumber())
    except TypeError as e:
        print(conv, "TypeError:", e)

# which error comes first when a specifier ends early: the key lookup and '*' arguments happen while parsing
for f, a in [("%*", ()), ("%*", (5,)), ("%.*", (5,)), ("%(a)", {}), ("%(a)*", {"a": "x"}), ("%(a)", {"a": 1}),
             ("%5%", ()), ("%5%", (1,)), ("%-%", ()), ("%*.*", (1, 2)), ("%", 5), ("%l", ()), ("%ld%", (1,))]:
    for fmt in (f, f.encode()):
        try:
            print(repr(fmt % a))
        except (TypeError, ValueError, KeyError) as e:
            print(repr(fmt), type(e).__name__, e)
