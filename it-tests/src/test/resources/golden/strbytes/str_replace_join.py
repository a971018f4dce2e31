# replace with counts and empty patterns; join over many iterables, with its errors.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")),
      repr("aaa".replace("a", "")), repr("aaaa".replace("aa", "b")), repr("😀😀".replace("", "|")))
print("abc".replace("b", "😀"), "a😀c".replace("😀", "b"), "xyz".replace("q", "r") == "xyz")
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(("1", "2")), "/".join({"k": 1, "j": 2}),
      "+".join([x for x in "abc"]), "x".join([]), "x".join(["only"]), "😀".join("ab"))

class Words:
    def __iter__(self):
        return iter(["w1", "w2"])

class S(str):
    pass

print(" ".join(Words()), "|".join([S("sub"), "str"]), type("".join([S("a")])).__name__)
for call in [lambda: "-".join(["a", 1]), lambda: "-".join([b"a"]), lambda: "-".join(5), lambda: "-".join(None),
             lambda: "a".replace(1, "b"), lambda: "a".replace("a", None), lambda: "a".replace("a", "b", "1"),
             lambda: "a".replace("a"), lambda: "a".replace("a", "b", 1.0), lambda: "-".join(),
             lambda: "a".replace("a", "b", count=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
