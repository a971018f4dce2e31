# startswith/endswith with tuples, start/end, empty prefixes and errors (tuple items checked lazily).
s = "unbelievable"
print(s.startswith("un"), s.startswith("be", 2), s.startswith("be", 2, 3), s.endswith("able"),
      s.endswith("liev", 0, -4), s.startswith(("x", "un")), s.endswith(("ble", 1)))
print(s.startswith(""), s.startswith("", 12), s.startswith("", 13), s.endswith("", 5, 2), "".startswith(""))
print(s.startswith(()), s.endswith(("a", "b", "e")), s.startswith("unbelievable!"), s.endswith("e", -1))
print("😀x".startswith("😀"), "a😀".endswith("😀"), "a😀b".startswith("b", 2), "a😀b".endswith("😀", 0, 2))
print(s.startswith("un", None, None), s.endswith("able", -10**30, 10**30))
for call in [lambda: s.startswith(1), lambda: s.endswith(["able"]), lambda: s.startswith(("x", 1)),
             lambda: s.startswith(b"un"), lambda: s.endswith(), lambda: s.startswith("a", 1, 2, 3),
             lambda: s.startswith("un", "0"), lambda: s.endswith(("e", None))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
