# str.maketrans in its three forms and str.translate with dicts, lists and custom mappings.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "C", "d": 100, "é": "e"})
print(sorted(t3.items()), "abcdé".translate(t3))
print("hello".translate({ord("l"): "LL", ord("o"): None}), "hello".translate({}), "😀x".translate({0x1F600: "smile"}))
print("abc".translate(["z"] * 98 + ["B"]), "abc".translate({97: 0x1F600}))

class Loud(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)

print("abab".translate(Loud({97: "x"})))
print("abab".translate(Loud({97: "xy"})))

class Upper:
    def __getitem__(self, cp):
        if cp == ord(" "):
            raise LookupError
        return chr(cp).upper()

print("mixed case words".translate(Upper()))
print(str.maketrans("", ""), str.maketrans({}), str.maketrans("", "", "xy"))
for call in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans("a"),
             lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"),
             lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3), lambda: str.maketrans(),
             lambda: "x".translate({120: 1.5}), lambda: "x".translate({120: 0x110000}), lambda: "x".translate({120: -1}),
             lambda: "x".translate(5), lambda: "x".translate(), lambda: str.maketrans("a", "b", z="c")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
